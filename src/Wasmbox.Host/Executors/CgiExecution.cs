using System.Buffers;
using Microsoft.AspNetCore.Http;
using Wasmbox.Wasi;

namespace Wasmbox.Host.Executors;

/// <summary>
/// Runs a guest whose stdout is a CGI response (headers, a blank line, the body) and writes that
/// response: the WAGI executor's guests, and the JavaScript engine of the js executor. The head
/// is parsed as soon as it is complete, so a long body streams.
/// </summary>
public sealed class CgiExecution(GuestRunner runner, GuestThreads threads)
{
    /// <summary>Runs the guest with <paramref name="configuration"/>, to which this adds stdout and stderr.</summary>
    public async Task<(GuestResult Result, bool ResponseStarted)> ExecuteAsync(HttpInvocation invocation, WasiConfiguration configuration, Action<IEnumerable<string>> stderr)
    {
        var function = invocation.Function;
        var context = invocation.Context;
        var response = context.Response;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        string? refusal = null;
        var output = new GuestOutput(buffered =>
        {
            var head = CgiResponse.Parse(buffered.Span, out refusal);
            if (head is null) return null;
            Apply(head, response);
            response.BodyWriter.Write(buffered.Span[head.BodyOffset..]);
            return response.BodyWriter;
        }, stop.Token);
        var errors = new GuestErrorOutput();
        var withStreams = configuration.WithStandardOutput(output).WithStandardError(errors);
        var result = await threads.RunAsync(function, () => runner.Run(function, withStreams, context.TraceIdentifier, context.RequestAborted, stop.Cancel)).ConfigureAwait(false);
        stderr(errors.Lines());
        // A refused head explains a guest that then ended badly (its writes failed); a timeout or a trap speaks for itself.
        if (output.Refused && result.Outcome is ExecutionOutcome.Succeeded or ExecutionOutcome.ExitedWithError)
            return (result with { Outcome = ExecutionOutcome.BadResponse, Detail = refusal }, false);
        if (output.Started)
        {
            if (result.Succeeded) await response.BodyWriter.FlushAsync(context.RequestAborted).ConfigureAwait(false);
            return (result, true);
        }
        if (!result.Succeeded) return (result, false);
        var parsed = CgiResponse.Parse(output.Buffered.Span, out var problem);
        if (parsed is null) return (result with { Outcome = ExecutionOutcome.BadResponse, Detail = problem }, false);
        Apply(parsed, response);
        var body = output.Buffered[parsed.BodyOffset..];
        response.ContentLength = body.Length;
        await response.BodyWriter.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
        return (result, true);
    }

    private static void Apply(CgiResponse head, HttpResponse response)
    {
        response.StatusCode = head.Status;
        foreach (var (name, value) in head.Headers)
        {
            // The server frames the body itself.
            if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase) || name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase)) continue;
            // The request id is the server's, so the client can find the request in the logs.
            if (name.Equals("X-Request-Id", StringComparison.OrdinalIgnoreCase)) continue;
            response.Headers.Append(name, value);
        }
    }
}
