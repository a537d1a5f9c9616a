using ClaimBot.Host.Composition;
using ClaimBot.Platforms.Delivery;
using ClaimBot.Platforms.Discord;
using ClaimBot.Platforms.Discord.Gateway;
using ClaimBot.Platforms.Slack;
using ClaimBot.Platforms.Slack.SocketMode;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClaimBot.Host.Serving;

/// <summary>
/// The web host of <c>claimbot serve</c> over the shared composition root: health and admin reload, plus only the
/// platform routes the configuration needs (Discord interactions when <c>Discord:PublicKey</c> is set, <c>/slack/*</c>
/// in Slack HTTP mode). Slack Socket Mode and the Discord Gateway connect out and need no route.
/// </summary>
public static class ServeHost
{
    public static WebApplication Build(string[] configurationArgs, string? urls, Action<IServiceCollection>? configureServices = null)
    {
        var root = Directory.GetCurrentDirectory();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = root, Args = [] });
        ClaimBotConfiguration.Apply(builder.Configuration, root, configurationArgs);
        if (!string.IsNullOrWhiteSpace(urls))
        {
            builder.WebHost.UseUrls(urls);
        }

        builder.Logging.ClearProviders();
        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Services.AddProblemDetails();
        builder.Services.AddClaimBot(builder.Configuration);
        builder.Services.AddOptions<AdminOptions>().Bind(builder.Configuration.GetSection(AdminOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<DiscordOptions>().Bind(builder.Configuration.GetSection(DiscordOptions.SectionName));
        builder.Services.AddOptions<SlackOptions>().Bind(builder.Configuration.GetSection(SlackOptions.SectionName));
        builder.Services.AddOptions<DeliveryOptions>().Bind(builder.Configuration.GetSection(DeliveryOptions.SectionName));
        builder.Services.AddDiscordInteractions();
        builder.Services.AddDiscordGateway();
        builder.Services.AddSlack();
        builder.Services.AddSlackSocketMode();
        builder.Services.AddSingleton<ServingState>();
        builder.Services.AddHostedService<StartupLoader>();
        builder.Services.AddHostedService<SourcesWatcher>();
        configureServices?.Invoke(builder.Services);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.MapHealth();
        app.MapAdmin();
        if (app.Services.GetRequiredService<IOptions<DiscordOptions>>().Value.IsEnabled)
        {
            app.MapDiscordInteractions();
        }

        app.MapSlack();
        return app;
    }
}
