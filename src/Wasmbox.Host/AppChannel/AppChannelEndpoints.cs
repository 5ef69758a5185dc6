using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wasmbox.Dapr.Api;
using Wasmbox.Dapr.PubSub;
using Wasmbox.Host.Functions;
using Wasmbox.Host.Triggers;

namespace Wasmbox.Host.AppChannel;

/// <summary>
/// What daprd calls on its app (shared/DAPR-API.md §3), so that Wasmbox can run as a Dapr app:
/// <c>GET /dapr/subscribe</c> lists the functions' subscriptions (programmatic, each routed to
/// <c>/dapr/events/FUNCTION</c>), <c>POST /dapr/events/FUNCTION</c> runs the function for one
/// CloudEvent and answers <c>{"status":"SUCCESS|RETRY|DROP"}</c>, <c>GET /dapr/config</c> says
/// there are no actors. With an app API token, every call must carry it as <c>dapr-api-token</c>.
/// </summary>
public static class AppChannelEndpoints
{
    public static void MapAppChannel(this IEndpointRouteBuilder app, ServeOptions options)
    {
        var token = options.AppApiToken is { } given ? new Admin.FixedTimeSecret(given) : null;
        var channel = app.MapGroup("/dapr").AddEndpointFilter(async (context, next) =>
        {
            if (token is null) return await next(context).ConfigureAwait(false);
            return token.Matches(context.HttpContext.Request.Headers["dapr-api-token"].ToString())
                ? await next(context).ConfigureAwait(false)
                : Results.Text("invalid api token\n", "text/plain", statusCode: StatusCodes.Status401Unauthorized);
        });

        channel.MapGet("/subscribe", (AppSubscriptions subscriptions) => Results.Json(subscriptions.List().Select(s =>
        {
            var entry = new Dictionary<string, object> { ["pubsubname"] = s.PubSub, ["topic"] = s.Topic };
            if (s.Rules.IsEmpty) entry["route"] = s.Route;
            else entry["routes"] = new { rules = s.Rules.Select(r => new { match = r.Match, path = r.Path }), @default = s.Route.Length > 0 ? s.Route : null };
            if (s.DeadLetterTopic is { } deadLetter) entry["deadLetterTopic"] = deadLetter;
            if (!s.Metadata.IsEmpty) entry["metadata"] = s.Metadata;
            return entry;
        }), new JsonSerializerOptions { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull }));

        channel.MapGet("/config", () => Results.Json(new { entities = Array.Empty<string>() }));

        channel.MapPost("/events/{function}", (HttpContext context, string function, FunctionRegistry registry, PubSubTrigger trigger) =>
            DeliverAsync(context, function, registry, trigger));
        channel.MapPost("/routes/{**path}", (HttpContext context, string path, AppSubscriptions subscriptions, FunctionRegistry registry, PubSubTrigger trigger) =>
            DeliverAsync(context, subscriptions.FunctionFor("/" + path), registry, trigger));
    }

    /// <summary>Runs <paramref name="function"/> for the CloudEvent in the body; no such function is DROP with 404, as daprd reads it.</summary>
    private static async Task<IResult> DeliverAsync(HttpContext context, string? function, FunctionRegistry registry, PubSubTrigger trigger)
    {
        if (function is null || !registry.Table.Functions.ContainsKey(function))
            return Results.Json(new { status = "DROP" }, statusCode: StatusCodes.Status404NotFound);
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted).ConfigureAwait(false);
        var message = MessageFrom(body.ToArray(), context.Request.ContentType);
        if (message is null) return Results.Json(new { status = "DROP", message = "the body is not a CloudEvent" }, statusCode: StatusCodes.Status400BadRequest);
        var result = await trigger.DeliverAsync(function, new Delivery(message, 1), context.RequestAborted).ConfigureAwait(false);
        return Results.Json(new { status = result.ToString().ToUpperInvariant() });
    }

    /// <summary>A structured CloudEvent as daprd delivers it; a raw payload (rawPayload subscriptions) is kept as published.</summary>
    private static PubSubMessage? MessageFrom(byte[] body, string? contentType)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return null;
            var id = root.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString()! : Guid.NewGuid().ToString();
            var topic = root.TryGetProperty("topic", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : "";
            return new PubSubMessage(id, topic, body, PubSubApi.CloudEventContentType, DateTimeOffset.UtcNow);
        }
        catch (JsonException)
        {
            return new PubSubMessage(Guid.NewGuid().ToString(), "", body, contentType ?? "application/octet-stream", DateTimeOffset.UtcNow);
        }
    }
}
