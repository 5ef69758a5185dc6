using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Wasmbox.Host.Functions;
using Wasmbox.Host.Logs;
using Wasmbox.Host.Routing;

namespace Wasmbox.Host.Executors;

/// <summary>
/// Invokes a function for an HTTP request: waits for an instance slot in the function's bounded
/// queue, reads the body (within the size limit), hands the request to the function's executor,
/// answers a failure with its status, writes the guest's stderr and any failure to the
/// function's log with the request id, and reports the run (or the refusal) to the journal.
/// </summary>
public sealed class FunctionInvoker(CommandExecutor command, WagiExecutor wagi, JsExecutor js, FunctionLogs logs, ServeOptions options, Limits.DeadlineWatchdog watchdog,
    Telemetry.InvocationJournal journal, TimeProvider time)
{
    public async Task InvokeAsync(HttpContext context, LoadedFunction function, RouteMatch<LoadedFunction>? match)
    {
        try
        {
            await InvokeAdmittedAsync(context, function, match).ConfigureAwait(false);
        }
        catch (Exception e) when (context.RequestAborted.IsCancellationRequested && e is OperationCanceledException or IOException)
        {
            // The client left while its request waited for an instance or was still uploading.
        }
    }

    private async Task InvokeAdmittedAsync(HttpContext context, LoadedFunction function, RouteMatch<LoadedFunction>? match)
    {
        var requestId = context.TraceIdentifier;
        context.Response.Headers["X-Request-Id"] = requestId;
        var version = function.Version.Version;
        var timeout = function.Limits.Timeout!.Value;
        var arrived = time.GetUtcNow();
        using var span = Telemetry.InvocationTracing.StartInvocation(function.Name, version, Telemetry.InvocationTrigger.Http, requestId,
            context.Request.Headers.TraceParent.ToString(), context.Request.Headers.TraceState.ToString());
        void Report(GuestResult result, int? status)
        {
            var run = Telemetry.InvocationRecord.From(arrived, function.Name, version, Telemetry.InvocationTrigger.Http, requestId, result, status);
            Telemetry.InvocationTracing.Describe(span, run);
            journal.Record(run);
        }

        using var admission = await function.Admission.EnterAsync(timeout, context.RequestAborted).ConfigureAwait(false);
        if (admission.Result != Limits.AdmissionResult.Admitted)
        {
            var outcome = admission.Result == Limits.AdmissionResult.QueueFull ? ExecutionOutcome.QueueFull : ExecutionOutcome.WaitedTooLong;
            logs.Write(function.Name, version, requestId, LogLevel.Warning, outcome == ExecutionOutcome.QueueFull
                ? $"refused: {function.Admission.MaxRunning} instances busy and {function.Admission.MaxQueued} requests queued"
                : "refused: waited in the queue for the whole timeout");
            var refusal = new GuestResult(outcome, 0, null, 0, 0, TimeSpan.Zero);
            await OutcomeResponses.WriteAsync(context, function.Name, refusal).ConfigureAwait(false);
            Report(refusal, context.Response.StatusCode);
            return;
        }

        var body = await ReadBodyAsync(context, timeout).ConfigureAwait(false);
        if (body is null) return;

        IExecutor executor = function.Spec.Executor switch
        {
            ExecutorKind.Wagi => wagi,
            ExecutorKind.Js => js,
            _ => command,
        };
        var (result, started) = await executor.ExecuteAsync(new HttpInvocation(context, function, match, body), lines =>
        {
            foreach (var line in lines) logs.Write(function.Name, version, requestId, LogLevel.Information, line);
        }).ConfigureAwait(false);

        if (result.Succeeded)
        {
            Report(result, context.Response.StatusCode);
            return;
        }
        if (result.Outcome == ExecutionOutcome.ClientGone)
        {
            logs.Write(function.Name, version, requestId, LogLevel.Information, "stopped: the client went away");
            Report(result, null);
            return;
        }
        logs.Write(function.Name, version, requestId, LogLevel.Error, $"{result.Detail} ({result.Duration.TotalMilliseconds:0.#} ms)");
        if (started)
        {
            // The status and part of the body are gone; cutting the connection is how the client learns the body is incomplete.
            logs.Write(function.Name, version, requestId, LogLevel.Error, "the response had started streaming: the connection was cut");
            context.Abort();
            Report(result, context.Response.StatusCode);
            return;
        }
        await OutcomeResponses.WriteAsync(context, function.Name, result).ConfigureAwait(false);
        Report(result, context.Response.StatusCode);
    }

    /// <summary>
    /// The whole body, or null after answering 413 when it passes the limit, or 408 when it does not
    /// arrive within the function's timeout (a slow upload would otherwise hold an instance slot).
    /// </summary>
    private async Task<byte[]?> ReadBodyAsync(HttpContext context, TimeSpan timeout)
    {
        var request = context.Request;
        var limit = options.MaxRequestBodyBytes;
        if (request.ContentLength > limit)
        {
            await TooLarge(context, limit).ConfigureAwait(false);
            return null;
        }
        if (request.ContentLength == 0 || (request.ContentLength is null && !HasBody(context))) return [];
        using var arrival = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        using var deadline = watchdog.Register(timeout, arrival.Cancel);
        try
        {
            using var buffer = new MemoryStream(request.ContentLength is { } length ? (int)length : 4096);
            await request.Body.CopyToAsync(buffer, arrival.Token).ConfigureAwait(false);
            if (buffer.Length > limit)
            {
                await TooLarge(context, limit).ConfigureAwait(false);
                return null;
            }
            return buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray();
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await TooLarge(context, limit).ConfigureAwait(false);
            return null;
        }
        catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
        {
            context.Response.StatusCode = StatusCodes.Status408RequestTimeout;
            context.Response.Headers.Connection = "close";
            await OutcomeResponses.Text(context, $"the request body did not arrive within the function's timeout of {Manifest.Quantities.FormatDuration(timeout)}").ConfigureAwait(false);
            return null;
        }
    }

    private static bool HasBody(HttpContext context) =>
        context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody ?? true;

    private static Task TooLarge(HttpContext context, long limit)
    {
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        // The unread body stays on the connection: close it, so the client does not send its next request after it.
        context.Response.Headers.Connection = "close";
        return OutcomeResponses.Text(context, $"the request body is larger than the server's limit of {Manifest.Quantities.FormatSize((ulong)limit)}");
    }
}
