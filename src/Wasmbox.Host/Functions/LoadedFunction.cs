using Wasmbox.Host.Limits;
using Wasmbox.Host.Storage;
using Wasmbox.Runtime;
using Wasmbox.Wasi;

namespace Wasmbox.Host.Functions;

/// <summary>
/// A version ready to serve: compiled, its imports resolved, its grants turned into a WASI
/// configuration, its limits resolved. Immutable; a request holds the one it started with, so a
/// swap never changes a request in flight.
/// </summary>
public sealed class LoadedFunction
{
    public LoadedFunction(StoredVersion version, InstancePre instancePre, FunctionLimits limits, WasiConfiguration grants, TimeSpan compileTime)
    {
        Version = version;
        InstancePre = instancePre;
        Limits = limits;
        Grants = grants;
        CompileTime = compileTime;
        Admission = new AdmissionQueue(limits.MaxInstances!.Value, limits.QueueLength!.Value);
        StoreLimits = StoreLimits.Unlimited.WithMaxMemoryBytes(limits.MemoryBytes).WithMaxInstances(1);
    }

    public StoredVersion Version { get; }
    public string Name => Version.Name;
    public FunctionSpec Spec => Version.Spec;
    public InstancePre InstancePre { get; }
    public Engine Engine => InstancePre.Module.Engine;
    /// <summary>The spec's limits with the server's defaults filled in.</summary>
    public FunctionLimits Limits { get; }
    public StoreLimits StoreLimits { get; }
    /// <summary>Environment and directories the manifest grants; streams and per-request variables are added per request.</summary>
    public WasiConfiguration Grants { get; }
    public AdmissionQueue Admission { get; }
    public TimeSpan CompileTime { get; }

    // Microseconds a request has taken lately (an exponential average); updated without a lock, as
    // a lost update only delays the average by a request.
    private double averageMicroseconds;

    /// <summary>Whether this version's requests have lately taken longer than <see cref="Executors.GuestThreads.InlineLimit"/>.</summary>
    public bool RunsLong => Volatile.Read(ref averageMicroseconds) > Executors.GuestThreads.InlineLimit.TotalMicroseconds;

    public void RecordRun(TimeSpan duration) =>
        Volatile.Write(ref averageMicroseconds, Volatile.Read(ref averageMicroseconds) * 0.75 + duration.TotalMicroseconds * 0.25);

    /// <summary>The same compiled function under the version record it was stored as.</summary>
    public LoadedFunction As(StoredVersion stored) => new(stored, InstancePre, Limits, Grants, CompileTime);
}
