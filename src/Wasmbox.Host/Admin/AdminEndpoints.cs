using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wasmbox.Host.Executors;
using Wasmbox.Host.Dashboard;
using Wasmbox.Host.Functions;
using Wasmbox.Host.Logs;

namespace Wasmbox.Host.Admin;

/// <summary>
/// The admin API under /admin/v1, behind the bearer token: list, deploy (multipart: "module" and
/// an optional JSON "spec"), roll back, delete, invoke and read logs. Bad input is a 400 with the
/// reason; a refused module changes nothing that is running.
/// </summary>
public static class AdminEndpoints
{
    public const string Prefix = "/admin/v1";

    public static void MapAdminApi(this IEndpointRouteBuilder app, AdminToken token)
    {
        var admin = app.MapGroup(Prefix).AddEndpointFilter(async (context, next) =>
        {
            var header = context.HttpContext.Request.Headers.Authorization.ToString();
            var presented = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
            if (token.Matches(presented)) return await next(context).ConfigureAwait(false);
            context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer realm=\"wasmbox admin\"";
            return Results.Text(presented is null
                ? "the admin API needs a bearer token (WASMBOX_TOKEN for the CLI; the server's data directory holds admin-token)\n"
                : "the admin token is wrong\n", "text/plain", statusCode: StatusCodes.Status401Unauthorized);
        });

        admin.MapDashboardApi();   // the live events, recent runs, log lines and Dapr components the dashboard reads

        admin.MapGet("/functions", (FunctionRegistry registry) =>
            Results.Json(registry.Table.Functions.Values.OrderBy(f => f.Name, StringComparer.Ordinal).Select(FunctionViews.Summary)));

        admin.MapGet("/functions/{name}", (string name, FunctionRegistry registry) =>
        {
            var versions = registry.Store.Versions(name);
            var served = registry.Table.Functions.GetValueOrDefault(name);
            return versions.Count == 0 && served is null ? NotFound(name) : Results.Json(FunctionViews.Detail(served, name, versions));
        });

        admin.MapPut("/functions/{name}", DeployAsync).DisableAntiforgery();
        admin.MapPost("/functions/{name}", DeployAsync).DisableAntiforgery();

        admin.MapPost("/functions/{name}/rollback", async (string name, string? to, FunctionRegistry registry, CancellationToken cancellation) =>
        {
            int? version = null;
            if (to is not null)
            {
                if (!int.TryParse(to, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)) return BadRequest($"\"{to}\" is not a version number");
                version = parsed;
            }
            try
            {
                return Results.Json(FunctionViews.Summary(await registry.RollbackAsync(name, version, cancellation).ConfigureAwait(false)));
            }
            catch (KeyNotFoundException e) { return Results.Text(e.Message + "\n", "text/plain", statusCode: StatusCodes.Status404NotFound); }
            catch (DeployException e) { return Results.Text(e.Message + "\n", "text/plain", statusCode: StatusCodes.Status409Conflict); }
            catch (InvalidDataException e) { return Results.Text(e.Message + "\n", "text/plain", statusCode: StatusCodes.Status409Conflict); }
        });

        admin.MapDelete("/functions/{name}", async (string name, FunctionRegistry registry, CancellationToken cancellation) =>
        {
            try
            {
                await registry.DeleteAsync(name, cancellation).ConfigureAwait(false);
                return Results.NoContent();
            }
            catch (KeyNotFoundException) { return NotFound(name); }
        });

        admin.Map("/functions/{name}/invoke", async (HttpContext context, string name, FunctionRegistry registry, FunctionInvoker invoker) =>
        {
            if (registry.Table.Functions.GetValueOrDefault(name) is not { } function)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                await OutcomeResponses.Text(context, $"there is no function named \"{name}\"").ConfigureAwait(false);
                return;
            }
            await invoker.InvokeAsync(context, function, null).ConfigureAwait(false);
        });

        admin.MapGet("/functions/{name}/logs", async (HttpContext context, string name, int? lines, bool? follow, FunctionLogs logs, Microsoft.Extensions.Hosting.IHostApplicationLifetime lifetime) =>
        {
            context.Response.ContentType = "text/plain; charset=utf-8";
            foreach (var line in logs.Recent(name, Math.Clamp(lines ?? 100, 0, FunctionLogs.LinesKept)))
                await context.Response.WriteAsync(line + "\n", context.RequestAborted).ConfigureAwait(false);
            if (follow != true) return;
            await context.Response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
            using var ended = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
            try
            {
                await foreach (var line in logs.Follow(name, ended.Token).ConfigureAwait(false))
                {
                    await context.Response.WriteAsync(line + "\n", context.RequestAborted).ConfigureAwait(false);
                    await context.Response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) { /* the follower left, or the server is stopping */ }
        });
    }

    private static async Task<IResult> DeployAsync(HttpContext context, string name, FunctionRegistry registry)
    {
        if (!context.Request.HasFormContentType)
            return BadRequest("a deploy is multipart/form-data with the module in a part named \"module\" and optional JSON settings in a part named \"spec\"");
        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            return BadRequest($"the form cannot be read: {e.Message}");
        }
        if (form.Files.GetFile("module") is not { } file) return BadRequest("the form has no part named \"module\" with the .wasm file");
        byte[] wasm;
        using (var buffer = new MemoryStream())
        {
            await file.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
            wasm = buffer.ToArray();
        }
        try
        {
            var specText = form["spec"].ToString();
            if (specText.Length == 0 && form.Files.GetFile("spec") is { } specFile)
            {
                using var reader = new StreamReader(specFile.OpenReadStream());
                specText = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
            }
            var spec = DeploySpecReader.Read(name, specText);
            var by = $"admin API from {context.Connection.RemoteIpAddress}{(context.Request.Headers.UserAgent.ToString() is { Length: > 0 } agent ? $" ({agent})" : "")}";
            var deployed = await registry.DeployAsync(spec, wasm, by, cancellation: context.RequestAborted).ConfigureAwait(false);
            return Results.Json(FunctionViews.Summary(deployed), statusCode: StatusCodes.Status201Created);
        }
        catch (DeployException e)
        {
            return BadRequest($"refused: {e.Message}");
        }
    }

    private static IResult BadRequest(string message) => Results.Text(message + "\n", "text/plain", statusCode: StatusCodes.Status400BadRequest);
    private static IResult NotFound(string name) => Results.Text($"there is no function named \"{name}\"\n", "text/plain", statusCode: StatusCodes.Status404NotFound);
}
