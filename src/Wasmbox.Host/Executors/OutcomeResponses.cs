using Microsoft.AspNetCore.Http;

namespace Wasmbox.Host.Executors;

/// <summary>The one place a failed invocation becomes an HTTP status and a message a user can act on.</summary>
public static class OutcomeResponses
{
    public static int StatusFor(ExecutionOutcome outcome) => outcome switch
    {
        ExecutionOutcome.Succeeded => StatusCodes.Status200OK,
        ExecutionOutcome.TimedOut => StatusCodes.Status504GatewayTimeout,
        ExecutionOutcome.QueueFull or ExecutionOutcome.WaitedTooLong => StatusCodes.Status503ServiceUnavailable,
        ExecutionOutcome.BadResponse => StatusCodes.Status502BadGateway,
        ExecutionOutcome.ClientGone => StatusCodes.Status499ClientClosedRequest,
        _ => StatusCodes.Status500InternalServerError,
    };

    public static async Task WriteAsync(HttpContext context, string function, GuestResult result)
    {
        var response = context.Response;
        if (response.HasStarted || context.RequestAborted.IsCancellationRequested) return;
        response.StatusCode = StatusFor(result.Outcome);
        if (result.Outcome is ExecutionOutcome.QueueFull or ExecutionOutcome.WaitedTooLong) response.Headers.RetryAfter = "1";
        await Text(context, $"{function}: {result.Detail ?? Describe(result.Outcome)}").ConfigureAwait(false);
    }

    /// <summary>A plain-text error with the request id, so the user can find its lines with `wasmbox logs`.</summary>
    public static Task Text(HttpContext context, string message)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        context.Response.Headers["X-Request-Id"] = context.TraceIdentifier;
        return context.Response.WriteAsync($"{message} (request {context.TraceIdentifier})\n");
    }

    private static string Describe(ExecutionOutcome outcome) => outcome switch
    {
        ExecutionOutcome.QueueFull => "all instances are busy and the queue is full; try again",
        ExecutionOutcome.WaitedTooLong => "all instances stayed busy for the whole timeout; try again",
        _ => outcome.ToString(),
    };
}
