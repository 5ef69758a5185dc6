using System.Collections.Immutable;
using Microsoft.AspNetCore.Http;
using Wasmbox.Dapr.Bindings;
using Wasmbox.Host.Triggers;

namespace Wasmbox.Host.AppChannel;

/// <summary>
/// daprd's input bindings on the app channel: <c>OPTIONS /BINDING</c> asks whether the app takes
/// binding BINDING (200 when a function names it, 404 otherwise, as daprd reads it), <c>POST
/// /BINDING</c> delivers one event: the body is the data, the non-HTTP headers are the binding's
/// metadata (cron sends timeZone and readTimeUTC). 200 when every bound function succeeded, 500
/// otherwise. These take precedence over a function route with the same one-segment path for
/// OPTIONS and POST, so name bindings apart from routes.
/// </summary>
public static class InputBindingEndpoint
{
    private static readonly HashSet<string> HttpHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Host", "Content-Length", "Content-Type", "User-Agent", "Accept", "Accept-Encoding", "Connection", "Transfer-Encoding",
        "traceparent", "tracestate", "dapr-api-token", "dapr-app-id", "dapr-caller-app-id", "dapr-callee-app-id", "X-Forwarded-For", "X-Forwarded-Host",
    };

    /// <summary>True when the request was an input binding's and has been answered.</summary>
    public static async Task<bool> TryHandleAsync(HttpContext context, BindingTrigger trigger, Admin.FixedTimeSecret? appToken)
    {
        var request = context.Request;
        if (request.Method is not ("OPTIONS" or "POST")) return false;
        var path = request.Path.Value ?? "";
        if (path.Length < 2 || path.IndexOf('/', 1) >= 0) return false;
        var binding = Uri.UnescapeDataString(path[1..]);
        if (!trigger.IsBound(binding)) return false;
        if (appToken is not null && !appToken.Matches(request.Headers["dapr-api-token"].ToString()))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await context.Response.WriteAsync("invalid api token\n").ConfigureAwait(false);
            return true;
        }
        if (request.Method == "OPTIONS")
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            return true;
        }
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, context.RequestAborted).ConfigureAwait(false);
        var metadata = request.Headers.Where(h => !HttpHeaders.Contains(h.Key))
            .ToImmutableDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.Ordinal);
        var succeeded = await trigger.RunAsync(binding, new BindingEvent(body.ToArray(), metadata), context.RequestAborted).ConfigureAwait(false);
        context.Response.StatusCode = succeeded ? StatusCodes.Status200OK : StatusCodes.Status500InternalServerError;
        if (!succeeded) await context.Response.WriteAsync($"a function bound to {binding} failed: see wasmbox logs\n").ConfigureAwait(false);
        return true;
    }
}
