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
    public LoadedFunction(StoredVersion version, InstancePre instancePre, FunctionLimits limits, WasiConfiguration grants, TimeSpan compileTime, AdmissionQueue? admission = null)
    {
        Version = version;
        InstancePre = instancePre;
        Limits = limits;
        Grants = grants;
        CompileTime = compileTime;
        Admission = admission ?? new AdmissionQueue(limits.MaxInstances!.Value, limits.QueueLength!.Value);
        StoreLimits = StoreLimits.Unlimited.WithMaxMemoryBytes(limits.MemoryBytes).WithMaxInstances(1);
    }

    public StoredVersion Version { get; }
    public string Name => Version.Name;
    public FunctionSpec Spec => Version.Spec;
    public InstancePre InstancePre { get; }

    /// <summary>
    /// The state requests start from instead of a fresh instantiation, when the function has one:
    /// a js function's engine after its script's top level ran (see <see cref="Js.JsSnapshots"/>).
    /// </summary>
    public Snapshot? Snapshot { get; init; }
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
    public LoadedFunction As(StoredVersion stored) => new(stored, InstancePre, Limits, Grants, CompileTime) { Snapshot = Snapshot };

    /// <summary>
    /// This version taking over <paramref name="previous"/>'s instance slots and queue when its
    /// limits are the same, so max-instances holds across a swap: requests still running on the
    /// old version count against the new one, and those queued move over with it.
    /// </summary>
    public LoadedFunction Succeeding(LoadedFunction? previous) =>
        previous is not null && previous.Admission.MaxRunning == Admission.MaxRunning && previous.Admission.MaxQueued == Admission.MaxQueued
            ? new(Version, InstancePre, Limits, Grants, CompileTime, previous.Admission) { Snapshot = Snapshot }
            : this;
}
