using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Wasmbox.Host.Functions;

namespace Wasmbox.Host.Dashboard;

/// <summary>
/// Serves the dashboard: the page at <c>/admin/</c> always, and at <c>/</c> while no function's
/// route takes <c>/</c> (a function at <c>/</c> or <c>/...</c> wins, being what users came for);
/// its scripts and styles under <c>/admin/assets/</c>. <c>/admin</c> is already the server's, so no
/// function route is newly refused. The page holds no secret: every call it makes to the admin
/// API carries the token the user gives it.
/// </summary>
public static class DashboardEndpoints
{
    public const string PagePath = "/admin/";
    public const string AssetsPrefix = "/admin/assets/";

    // No inline script or style, nothing from elsewhere, no framing: what the page runs is only
    // the server's own files.
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static void MapDashboard(this WebApplication app, FunctionRegistry registry)
    {
        // Routing ignores a trailing slash: this is /admin too.
        app.MapMethods(PagePath, [HttpMethods.Get, HttpMethods.Head], context => WriteAsync(context, "index.html"));
        app.MapMethods(AssetsPrefix + "{**file}", [HttpMethods.Get, HttpMethods.Head], context =>
            WriteAsync(context, context.Request.RouteValues["file"] as string ?? ""));
        var endpoints = app.Services.GetRequiredService<ListenEndpoints>();
        app.Use(async (context, next) =>
        {
            // Only on the functions' port: the Dapr API's and the gRPC channel's ports answer / as theirs.
            if (context.Connection.LocalPort == endpoints.Http.Port && context.Request.Path.Value == "/" && (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
                && registry.Table.Routes.Match("/") is null)
            {
                await WriteAsync(context, "index.html").ConfigureAwait(false);
                return;
            }
            await next(context).ConfigureAwait(false);
        });
    }

    private static async Task WriteAsync(HttpContext context, string name)
    {
        var response = context.Response;
        if (DashboardAssets.Find(name) is not { } asset)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            response.ContentType = "text/plain; charset=utf-8";
            await response.WriteAsync($"the dashboard has no file {name}\n", context.RequestAborted).ConfigureAwait(false);
            return;
        }
        var headers = response.Headers;
        // Revalidated on every load (a 304 when unchanged), so a new server never runs an old page.
        headers.CacheControl = "no-cache";
        headers.ETag = asset.ETag;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        if (context.Request.Headers.IfNoneMatch.Contains(asset.ETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        response.ContentType = asset.ContentType;
        response.ContentLength = asset.Content.Length;
        if (HttpMethods.IsHead(context.Request.Method)) return;
        await response.Body.WriteAsync(asset.Content, context.RequestAborted).ConfigureAwait(false);
    }
}
