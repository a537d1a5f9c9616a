using System.Text;
using System.Text.Json;
using ClaimBot.Platforms.Inbound;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClaimBot.Platforms.Slack;

/// <summary>Maps <c>POST /slack/commands</c>, <c>/slack/events</c> and <c>/slack/interactivity</c> when Slack is enabled in HTTP mode (Socket Mode needs no routes).</summary>
public static class SlackEndpoints
{
    public static IEndpointRouteBuilder MapSlack(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        if (!endpoints.ServiceProvider.GetRequiredService<IOptions<SlackOptions>>().Value.HttpEnabled)
        {
            return endpoints;
        }

        var group = endpoints.MapGroup("/slack").WithTags("Slack").DisableAntiforgery();
        group.MapPost("/commands", HandleCommandAsync);
        group.MapPost("/events", HandleEventAsync);
        group.MapPost("/interactivity", HandleInteractivityAsync);
        return endpoints;
    }

    private static async Task<IResult> HandleCommandAsync(HttpContext context, SlackRequestReader reader, SlackCommandHandler handler)
    {
        var (body, failure) = await reader.ReadVerifiedAsync(context.Request, context.RequestAborted);
        if (failure is not null)
        {
            return failure;
        }

        return ToResult(handler.Handle(SlackSlashCommand.FromForm(Encoding.UTF8.GetString(body!))), context);
    }

    private static async Task<IResult> HandleEventAsync(HttpContext context, SlackRequestReader reader, SlackEventsHandler handler)
    {
        var (body, failure) = await reader.ReadVerifiedAsync(context.Request, context.RequestAborted);
        if (failure is not null)
        {
            return failure;
        }

        if (!TryParseJson(body!, out var document, out var error))
        {
            return ToResult(SlackAck.BadRequest(error), context);
        }

        using (document)
        {
            var headers = context.Request.Headers;
            return ToResult(handler.Handle(document!.RootElement, headers["X-Slack-Retry-Num"].FirstOrDefault(), headers["X-Slack-Retry-Reason"].FirstOrDefault()), context);
        }
    }

    private static async Task<IResult> HandleInteractivityAsync(HttpContext context, SlackRequestReader reader, SlackInteractionHandler handler)
    {
        var (body, failure) = await reader.ReadVerifiedAsync(context.Request, context.RequestAborted);
        if (failure is not null)
        {
            return failure;
        }

        var form = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body!));
        if (!form.TryGetValue("payload", out var payload) || !InboundJson.IsValidText(payload.ToString())
            || !TryParseJson(Encoding.UTF8.GetBytes(payload.ToString()), out var document, out _))
        {
            return ToResult(SlackAck.BadRequest("The form field 'payload' must hold the interaction JSON (valid Unicode)."), context);
        }

        using (document)
        {
            return ToResult(handler.Handle(document!.RootElement), context);
        }
    }

    private static bool TryParseJson(byte[] body, out JsonDocument? document, out string error)
    {
        document = InboundJson.Parse(body, out error);
        return document is not null;
    }

    private static IResult ToResult(SlackAck ack, HttpContext context)
    {
        if (ack.Error is not null)
        {
            var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SlackEndpoints).FullName!);
            SlackLog.MalformedPayload(logger, context.Request.Path, ack.Error);
            return TypedResults.Problem(detail: ack.Error, statusCode: ack.StatusCode, title: ack.StatusCode == 400 ? "Malformed Slack payload" : "Slack request not accepted");
        }

        return ack.Body is null ? TypedResults.Ok() : TypedResults.Json(ack.Body, statusCode: ack.StatusCode);
    }
}
