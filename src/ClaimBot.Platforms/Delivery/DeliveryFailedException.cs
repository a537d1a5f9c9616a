namespace ClaimBot.Platforms.Delivery;

/// <summary>A delivery got no response within its attempts and window. The message names the operation, never a URL or token.</summary>
public sealed class DeliveryFailedException : Exception
{
    public DeliveryFailedException()
    {
    }

    public DeliveryFailedException(string message)
        : base(message)
    {
    }

    public DeliveryFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DeliveryFailedException(string operation, int attempts, string reason, Exception? innerException = null)
        : base($"{operation} failed after {attempts} attempt(s): {reason}", innerException)
    {
        Attempts = attempts;
    }

    public int Attempts { get; }
}
