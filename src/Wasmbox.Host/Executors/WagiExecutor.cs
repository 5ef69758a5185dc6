using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Wasmbox.Wasi;

namespace Wasmbox.Host.Executors;

/// <summary>
/// The WAGI executor, as Spin runs WAGI modules: CGI variables and Spin's X_* variables in the
/// environment, the request path and the query parameters as arguments, the body on stdin, and
/// on stdout CGI headers, a blank line and the body. A Spin WAGI module runs unchanged.
/// </summary>
public sealed class WagiExecutor(CgiExecution cgi) : IExecutor
{
    public Task<(GuestResult Result, bool ResponseStarted)> ExecuteAsync(HttpInvocation invocation, Action<IEnumerable<string>> stderr)
    {
        var configuration = Environment(invocation, invocation.Function.Grants)
            .WithArguments(Arguments(invocation.Context.Request))
            .WithStandardInput(new MemoryStream(invocation.Body, writable: false));
        return cgi.ExecuteAsync(invocation, configuration, stderr);
    }

    /// <summary>Spin's arguments: the request path, then each query parameter's name and, when not empty, its value.</summary>
    private static IEnumerable<string> Arguments(HttpRequest request)
    {
        yield return request.Path.Value ?? "/";
        if (!request.QueryString.HasValue) yield break;
        foreach (var pair in new QueryStringEnumerable(request.QueryString.Value))
        {
            yield return RemoveNul(pair.DecodeName().ToString());
            var decoded = pair.DecodeValue().ToString();
            if (decoded.Length > 0) yield return RemoveNul(decoded);
        }
    }

    private static WasiConfiguration Environment(HttpInvocation invocation, WasiConfiguration grants)
    {
        var context = invocation.Context;
        var request = context.Request;
        var match = invocation.Match;
        var rawRoute = match?.Route.Text ?? "/...";
        var componentRoute = match?.Route.Prefix ?? "/";
        var pathInfo = match is null ? request.Path.Value ?? "/" : match.PathInfo;
        var host = request.Host.HasValue ? request.Host.Value : $"{context.Connection.LocalIpAddress}:{context.Connection.LocalPort}";
        var fullUrl = $"{request.Scheme}://{host}{request.Path}{request.QueryString}";
        var variables = new List<(string, string)>
        {
            ("GATEWAY_INTERFACE", "CGI/1.1"),
            ("SERVER_SOFTWARE", "Wasmbox"),
            ("SERVER_PROTOCOL", request.Protocol),
            ("SERVER_NAME", request.Host.Host.Length > 0 ? request.Host.Host : "localhost"),
            ("SERVER_PORT", (request.Host.Port ?? context.Connection.LocalPort).ToString(CultureInfo.InvariantCulture)),
            ("REQUEST_METHOD", request.Method),
            ("SCRIPT_NAME", componentRoute == "/" ? "" : componentRoute),
            ("PATH_INFO", pathInfo),
            ("PATH_TRANSLATED", pathInfo),
            ("QUERY_STRING", request.QueryString.HasValue ? request.QueryString.Value![1..] : ""),
            ("CONTENT_TYPE", request.ContentType ?? ""),
            ("CONTENT_LENGTH", invocation.Body.Length.ToString(CultureInfo.InvariantCulture)),
            ("REMOTE_ADDR", context.Connection.RemoteIpAddress?.ToString() ?? ""),
            ("REMOTE_HOST", context.Connection.RemoteIpAddress?.ToString() ?? ""),
            ("REMOTE_USER", ""),
            ("AUTH_TYPE", ""),
            ("X_FULL_URL", fullUrl),
            ("X_MATCHED_ROUTE", rawRoute),
            ("X_RAW_COMPONENT_ROUTE", rawRoute),
            ("X_COMPONENT_ROUTE", componentRoute),
            ("X_BASE_PATH", "/"),
            ("X_RELATIVE_PATH", pathInfo.TrimStart('/')),
            ("X_CLIENT_ADDR", $"{context.Connection.RemoteIpAddress}:{context.Connection.RemotePort}"),
        };
        if (match is not null)
        {
            foreach (var (name, value) in match.Parameters) variables.Add(($"X_PARAM_{name.ToUpperInvariant()}", value));
        }
        foreach (var header in request.Headers)
        {
            // Invoked through the admin API, the Authorization header is the admin token: not the guest's to see.
            if (match is null && header.Key.Equals("Authorization", StringComparison.OrdinalIgnoreCase)) continue;
            if (header.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase) || header.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)) continue;
            variables.Add(("HTTP_" + header.Key.ToUpperInvariant().Replace('-', '_'), header.Value.ToString()));
        }
        // The request's variables win over granted ones of the same name, as in Spin.
        var names = variables.Select(v => v.Item1).ToHashSet(StringComparer.Ordinal);
        return grants with
        {
            EnvironmentVariables =
            [
                .. grants.EnvironmentVariables.Where(v => !names.Contains(v.Key)),
                .. variables.Where(v => !v.Item1.Contains('=') && !v.Item1.Contains('\0')).Select(v => new KeyValuePair<string, string>(v.Item1, RemoveNul(v.Item2))),
            ],
        };
    }

    private static string RemoveNul(string text) => text.Contains('\0') ? text.Replace("\0", "") : text;
}
