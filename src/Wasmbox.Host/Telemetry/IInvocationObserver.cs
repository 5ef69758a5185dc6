namespace Wasmbox.Host.Telemetry;

/// <summary>
/// Told of every run of every function as it ends (metrics, the dashboard's live view). Called on
/// the request's thread: an observer must be quick and must not throw.
/// </summary>
public interface IInvocationObserver
{
    void Observe(InvocationRecord invocation);
}
