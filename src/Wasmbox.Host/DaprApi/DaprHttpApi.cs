using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Wasmbox.Dapr.Api;

namespace Wasmbox.Host.DaprApi;

/// <summary>
/// The Dapr HTTP API as daprd serves it on its HTTP port (shared/DAPR-API.md §1), answered from
/// the embedded components, so an ordinary microservice using an official Dapr SDK runs against a
/// lone <c>wasmbox serve</c>: the building blocks through the same <see cref="DaprRouter"/> guests
/// use (the same stores, the same pub/sub, the same app id's keys), plus health, metadata,
/// shutdown and invocation by the <c>dapr-app-id</c> header. With <c>DAPR_API_TOKEN</c> set, every
/// call but the health checks must carry it as <c>dapr-api-token</c> (401 "invalid api token").
/// </summary>
public sealed class DaprHttpApi(DaprRouter router, DaprMetadata metadata, SidecarShutdown shutdown, ServeOptions options, IHostApplicationLifetime lifetime)
{
    private readonly Admin.FixedTimeSecret? token = options.DaprApiToken is { } given ? new Admin.FixedTimeSecret(given) : null;

    /// <summary>
    /// Answers every request that arrived on the Dapr API's port here, whatever route matched
    /// (WebApplication routes before the app's middleware); the port is the connection's, which a
    /// client cannot choose. The other ports never answer the Dapr API.
    /// </summary>
    public static void Map(WebApplication app, ListenEndpoints endpoints)
    {
        var api = app.Services.GetRequiredService<DaprHttpApi>();
        app.Use(async (context, next) =>
        {
            if (endpoints.DaprHttpPort is { } port && context.Connection.LocalPort == port) await api.HandleAsync(context).ConfigureAwait(false);
            else await next(context).ConfigureAwait(false);
        });
    }

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path.ToUriComponent();
        var path = rawTarget.Split('?')[0];
        if (request.Method == "GET" && path is "/v1.0/healthz" or "/v1.0/healthz/outbound")
        {
            context.Response.StatusCode = lifetime.ApplicationStopping.IsCancellationRequested ? 500 : 204;
            return;
        }
        if (token is not null && !token.Matches(request.Headers["dapr-api-token"].ToString()))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await context.Response.WriteAsync("invalid api token").ConfigureAwait(false);
            return;
        }
        var body = await ReadBodyAsync(request, context.RequestAborted).ConfigureAwait(false);
        var daprRequest = new DaprRequest(request.Method, path, body)
        {
            Query = [.. request.Query.SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? "")))],
            Headers = [.. request.Headers.Where(h => !h.Key.Equals("dapr-api-token", StringComparison.OrdinalIgnoreCase))
                .SelectMany(h => h.Value.Select(v => new KeyValuePair<string, string>(h.Key, v ?? "")))],
        };
        var response = path switch
        {
            "/v1.0/metadata" when request.Method == "GET" => metadata.Describe(),
            _ when path.StartsWith("/v1.0/metadata/", StringComparison.Ordinal) && request.Method == "PUT" => metadata.Set(Uri.UnescapeDataString(path["/v1.0/metadata/".Length..]), body),
            "/v1.0/shutdown" when request.Method == "POST" => Shutdown(),
            _ when IsApiPath(path) || AppIdHeader(request) is not { Length: > 0 }
                => await router.HandleAsync(daprRequest, context.RequestAborted).ConfigureAwait(false),
            // daprd's fallback: any other path with a dapr-app-id header is that method of that app.
            _ => await router.HandleAsync(daprRequest with { Path = $"/v1.0/invoke/{Uri.EscapeDataString(AppIdHeader(request))}/method{path}" }, context.RequestAborted).ConfigureAwait(false),
        };
        await WriteAsync(context.Response, response, context.RequestAborted).ConfigureAwait(false);
    }

    private static string AppIdHeader(HttpRequest request) => request.Headers["dapr-app-id"].ToString();

    private static bool IsApiPath(string path) => path.StartsWith("/v1.0/", StringComparison.Ordinal) || path.StartsWith("/v1.0-alpha1/", StringComparison.Ordinal);

    private DaprResponse Shutdown()
    {
        shutdown.Request();
        return DaprResponse.NoContent;
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken cancellation)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellation).ConfigureAwait(false);
        return buffer.ToArray();
    }

    private static async Task WriteAsync(HttpResponse response, DaprResponse answer, CancellationToken cancellation)
    {
        response.StatusCode = answer.Status;
        foreach (var (name, value) in answer.Headers)
        {
            if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase) || name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase)) continue;
            response.Headers.Append(name, value);
        }
        if (!answer.Body.IsEmpty) await response.Body.WriteAsync(answer.Body, cancellation).ConfigureAwait(false);
    }
}
