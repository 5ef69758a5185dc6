using System.Buffers;
using Microsoft.AspNetCore.Http;

namespace Wasmbox.Host.Executors;

/// <summary>
/// The command executor (the convention of the dapr-wasm demo and Dapr's bindings.wasm): the
/// request body is stdin, stdout is the response body, exit status 0 is 200.
/// </summary>
public sealed class CommandExecutor(GuestRunner runner, GuestThreads threads) : IExecutor
{
    public const string DefaultContentType = "text/plain; charset=utf-8";

    public async Task<(GuestResult Result, bool ResponseStarted)> ExecuteAsync(HttpInvocation invocation, Action<IEnumerable<string>> stderr)
    {
        var function = invocation.Function;
        var response = invocation.Context.Response;
        var contentType = function.Spec.ContentType ?? DefaultContentType;
        // The deadline stops a guest that waits on a slow client, not only one that computes.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(invocation.Context.RequestAborted);
        var output = new GuestOutput(buffered =>
        {
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = contentType;
            response.BodyWriter.Write(buffered.Span);
            return response.BodyWriter;
        }, stop.Token);
        var errors = new GuestErrorOutput();
        var configuration = function.Grants
            .WithArguments([function.Name])
            .WithStandardInput(new MemoryStream(invocation.Body, writable: false))
            .WithStandardOutput(output)
            .WithStandardError(errors);
        var result = await threads.RunAsync(function, () => runner.Run(function, configuration, invocation.RequestId, invocation.Context.RequestAborted, stop.Cancel)).ConfigureAwait(false);
        stderr(errors.Lines());
        if (output.Started)
        {
            if (result.Succeeded) await response.BodyWriter.FlushAsync(invocation.Context.RequestAborted).ConfigureAwait(false);
            return (result, true);
        }
        if (!result.Succeeded) return (result, false);
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = contentType;
        response.ContentLength = output.Buffered.Length;
        await response.BodyWriter.WriteAsync(output.Buffered, invocation.Context.RequestAborted).ConfigureAwait(false);
        return (result, true);
    }
}
