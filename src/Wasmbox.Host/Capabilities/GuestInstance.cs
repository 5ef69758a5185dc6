using Wasmbox.Dapr.Api;
using Wasmbox.Host.Functions;
using Wasmbox.Wasi;

namespace Wasmbox.Host.Capabilities;

/// <summary>
/// What one request's instance carries for its host calls (<see cref="Runtime.Store.Data"/>): its
/// WASI context, the function version it runs (its grants), the request id its log lines carry,
/// a token cancelled when its deadline passes or its caller goes away (a host call blocked on I/O
/// is not interrupted by the watchdog, which only stops Wasm code), and the answer of its last
/// Dapr call, which the guest reads in as many pieces as its buffers need.
/// </summary>
public sealed class GuestInstance(WasiContext wasi, LoadedFunction function, string requestId, CancellationToken cancellation)
{
    public WasiContext Wasi { get; } = wasi;
    public LoadedFunction Function { get; } = function;
    public string RequestId { get; } = requestId;
    public CancellationToken Cancellation { get; } = cancellation;
    public DaprResponse? LastResponse { get; set; }
}
