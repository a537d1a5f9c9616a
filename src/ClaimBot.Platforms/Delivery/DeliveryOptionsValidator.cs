using Microsoft.Extensions.Options;

namespace ClaimBot.Platforms.Delivery;

/// <summary>Stops start-up on retry settings that would hammer the platforms or never retry, naming the key.</summary>
public sealed class DeliveryOptionsValidator : IValidateOptions<DeliveryOptions>
{
    public ValidateOptionsResult Validate(string? name, DeliveryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.BaseDelay < TimeSpan.FromMilliseconds(1) || options.BaseDelay > TimeSpan.FromMinutes(1))
        {
            failures.Add("Delivery:BaseDelay must be between 00:00:00.001 and 00:01:00.");
        }

        if (options.MaxDelay < options.BaseDelay || options.MaxDelay > TimeSpan.FromMinutes(10))
        {
            failures.Add("Delivery:MaxDelay must be at least Delivery:BaseDelay and at most 00:10:00.");
        }

        if (options.AttemptTimeout < TimeSpan.FromMilliseconds(100) || options.AttemptTimeout > TimeSpan.FromMinutes(5))
        {
            failures.Add("Delivery:AttemptTimeout must be between 00:00:00.1 and 00:05:00.");
        }

        if (options.MaxAttempts is < 1 or > 50)
        {
            failures.Add("Delivery:MaxAttempts must be between 1 and 50.");
        }

        if (options.MaxRetryAfter < TimeSpan.Zero || options.MaxRetryAfter > TimeSpan.FromMinutes(15))
        {
            failures.Add("Delivery:MaxRetryAfter must be between 00:00:00 and 00:15:00.");
        }

        if (options.DefaultWindow < TimeSpan.FromSeconds(1) || options.DefaultWindow > TimeSpan.FromHours(24))
        {
            failures.Add("Delivery:DefaultWindow must be between 00:00:01 and 1.00:00:00.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
