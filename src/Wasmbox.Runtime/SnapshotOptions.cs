namespace Wasmbox.Runtime;

/// <summary>
/// Decides whether a host function may run during a snapshot's initialization, from its import
/// name and arguments (e.g. a write only to standard output): null lets it run; otherwise the
/// reason it may not, which the <see cref="SnapshotException"/> gives.
/// </summary>
public delegate string? HostCallFilter(string module, string name, ReadOnlySpan<Value> arguments);

/// <summary>How <see cref="InstancePre.CreateSnapshot"/> initializes an instance before capturing it.</summary>
public sealed record SnapshotOptions
{
    /// <summary>The export Wizer runs to pre-initialize a module, and the default <see cref="Initializer"/>.</summary>
    public const string WizerInitializer = "wizer.initialize";

    public static SnapshotOptions Default { get; } = new();

    /// <summary>
    /// The exported function (no parameters, no results) run once after instantiation (and the
    /// start function), whose effects the snapshot keeps; null to capture the state right after
    /// the start function. A module that does not export it is refused.
    /// </summary>
    public string? Initializer { get; init; } = WizerInitializer;

    /// <summary>
    /// Initializes the instance from the host instead of calling <see cref="Initializer"/>: for
    /// initializers that take input, e.g. allocate in the guest, write a script there and call an
    /// export with its address. Host calls it causes are gated as usual; traps refuse the snapshot.
    /// </summary>
    public Action<Instance>? Initialize { get; init; }

    /// <summary>
    /// Host functions ("module.name", as the module imports them) the initializer may call: ones
    /// whose effects are all in what they return or write to guest memory, or harmless to do once
    /// at snapshot time (a clock read, a log line). Any other host call refuses the snapshot.
    /// </summary>
    public IReadOnlySet<string> AllowedHostFunctions { get; init; } = new HashSet<string>();

    /// <summary>Asked for host calls not in <see cref="AllowedHostFunctions"/>; null (the default) refuses them all.</summary>
    public HostCallFilter? AllowHostCall { get; init; }

    public SnapshotOptions WithInitializer(string? export) => this with { Initializer = export };

    /// <summary>Initializes with <paramref name="initialize"/>, called with the new instance, rather than with an export.</summary>
    public SnapshotOptions WithInitialization(Action<Instance> initialize) => this with { Initialize = initialize };

    /// <summary>Adds host functions ("module.name") the initializer may call.</summary>
    public SnapshotOptions AllowingHostFunctions(params string[] names) =>
        this with { AllowedHostFunctions = new HashSet<string>(AllowedHostFunctions.Concat(names)) };

    public SnapshotOptions WithHostCallFilter(HostCallFilter? filter) => this with { AllowHostCall = filter };
}
