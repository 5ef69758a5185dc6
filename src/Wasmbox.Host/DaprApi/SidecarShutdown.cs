using Microsoft.Extensions.Hosting;

namespace Wasmbox.Host.DaprApi;

/// <summary>
/// daprd's shutdown API (<c>POST /v1.0/shutdown</c>, gRPC <c>Shutdown</c>): the server stops as on
/// SIGTERM, draining requests in flight, but only after the call that asked has been answered,
/// as daprd answers first and then stops.
/// </summary>
public sealed class SidecarShutdown(IHostApplicationLifetime lifetime)
{
    /// <summary>Long enough for the answer to be written before the server stops accepting.</summary>
    private static readonly TimeSpan AnswerFirst = TimeSpan.FromMilliseconds(100);

    public void Request() => _ = Task.Delay(AnswerFirst).ContinueWith(_ => lifetime.StopApplication(), TaskScheduler.Default);
}
