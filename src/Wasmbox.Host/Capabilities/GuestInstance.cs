using Wasmbox.Dapr.Api;
using Wasmbox.Host.Functions;
using Wasmbox.Wasi;

namespace Wasmbox.Host.Capabilities;

/// <summary>
/// What one request's instance carries for its host calls (<see cref="Runtime.Store.Data"/>): its
/// WASI context, the function version it runs (its grants), and the answer of its last Dapr call,
/// which the guest reads in as many pieces as its buffers need.
/// </summary>
public sealed class GuestInstance(WasiContext wasi, LoadedFunction function)
{
    public WasiContext Wasi { get; } = wasi;
    public LoadedFunction Function { get; } = function;
    public DaprResponse? LastResponse { get; set; }
}
