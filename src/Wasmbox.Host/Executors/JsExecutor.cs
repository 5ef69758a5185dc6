using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Wasmbox.Host.Executors;

/// <summary>
/// The js executor: the function's module is the JavaScript engine (runtime/js), its script is in
/// the environment (<see cref="Js.JsScript"/>), and the request reaches the script's fetch handler
/// as one line of JSON on stdin (method, full URL, headers with their names as sent) followed by
/// the body's bytes. The engine answers in CGI form, as a WAGI guest does.
/// </summary>
public sealed class JsExecutor(CgiExecution cgi) : IExecutor
{
    public Task<(GuestResult Result, bool ResponseStarted)> ExecuteAsync(HttpInvocation invocation, Action<IEnumerable<string>> stderr)
    {
        var function = invocation.Function;
        var configuration = (function.Grants with
        {
            EnvironmentVariables = [.. function.Grants.EnvironmentVariables, new(Js.JsScript.InputVariable, "request")],
        })
            .WithArguments([function.Name])
            .WithStandardInput(new MemoryStream(Input(invocation), writable: false));
        return cgi.ExecuteAsync(invocation, configuration, stderr);
    }

    private static byte[] Input(HttpInvocation invocation)
    {
        var context = invocation.Context;
        var request = context.Request;
        var host = request.Host.HasValue ? request.Host.Value : $"{context.Connection.LocalIpAddress}:{context.Connection.LocalPort}";
        using var buffer = new MemoryStream(invocation.Body.Length + 512);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("method", request.Method);
            // The target as sent, so that an encoded "/" (%2F) in a segment stays one; the decoded path otherwise.
            var target = context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()?.RawTarget is { } raw && raw.StartsWith('/')
                ? raw
                : $"{request.PathBase}{request.Path}{request.QueryString}";
            json.WriteString("url", $"{request.Scheme}://{host}{target}");
            json.WriteStartArray("headers");
            foreach (var header in request.Headers)
            {
                // Invoked through the admin API, the Authorization header is the admin token: not the guest's to see.
                if (invocation.Match is null && header.Key.Equals("Authorization", StringComparison.OrdinalIgnoreCase)) continue;
                foreach (var value in header.Value)
                {
                    json.WriteStartArray();
                    json.WriteStringValue(header.Key);
                    json.WriteStringValue(value);
                    json.WriteEndArray();
                }
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        buffer.WriteByte((byte)'\n');
        buffer.Write(invocation.Body);
        return buffer.ToArray();
    }
}
