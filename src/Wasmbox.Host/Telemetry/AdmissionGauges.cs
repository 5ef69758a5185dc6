using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Wasmbox.Host.Functions;

namespace Wasmbox.Host.Telemetry;

/// <summary>
/// Instances running and requests queued, per function, read at each scrape from the admission
/// queues of the functions served then (nothing is counted on the request path for them). The
/// gauges are the process's, like the meter (<see cref="WasmboxMeter"/>): each server adds its
/// registry while it runs and takes it away when it stops.
/// </summary>
public sealed class AdmissionGauges : IDisposable
{
    private static readonly ConcurrentDictionary<FunctionRegistry, byte> Registries = new();

    static AdmissionGauges()
    {
        WasmboxMeter.Meter.CreateObservableGauge("wasmbox.function.instances.running", () => Read(queue => queue.Running), "{instance}",
            "Instances of the function running now (at most its max-instances)");
        WasmboxMeter.Meter.CreateObservableGauge("wasmbox.function.requests.queued", () => Read(queue => queue.Queued), "{request}",
            "Requests and events waiting for an instance of the function (at most its queue length)");
    }

    private readonly FunctionRegistry registry;

    public AdmissionGauges(FunctionRegistry registry)
    {
        this.registry = registry;
        Registries.TryAdd(registry, 0);
    }

    public void Dispose() => Registries.TryRemove(registry, out _);

    private static IEnumerable<Measurement<int>> Read(Func<Limits.AdmissionQueue, int> value) =>
        Registries.Keys.SelectMany(r => r.Table.Functions.Values)
            .Select(f => new Measurement<int>(value(f.Admission), new KeyValuePair<string, object?>("function", f.Name)));
}
