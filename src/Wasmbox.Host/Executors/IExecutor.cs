namespace Wasmbox.Host.Executors;

/// <summary>Runs a function for an HTTP request and writes the response, or leaves it unstarted for <see cref="OutcomeResponses"/> when the guest failed.</summary>
public interface IExecutor
{
    /// <summary>Runs the guest; on success the response is written, on failure it is written only if it had already started streaming.</summary>
    Task<(GuestResult Result, bool ResponseStarted)> ExecuteAsync(HttpInvocation invocation, Action<IEnumerable<string>> stderr);
}
