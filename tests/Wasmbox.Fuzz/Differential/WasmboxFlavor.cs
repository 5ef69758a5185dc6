using Wasmbox.Runtime;

namespace Wasmbox.Fuzz.Differential;

/// <summary>
/// One of the two ways the differential fuzzer runs Wasmbox, a worker process each, alternating
/// modules: between them they cover every engine setting that changes the code compiled Wasm
/// runs as.
/// </summary>
/// <param name="TieredJit">Whether the worker runs with .NET's tiered JIT (process-wide, so set in its environment).</param>
/// <param name="GuardRegions">Guard-region bounds checks (the process must be able to catch their faults) rather than explicit ones.</param>
/// <param name="LoadSerialized">Whether modules are compiled to the serialized form and loaded from it, as the compilation cache does.</param>
internal sealed record WasmboxFlavor(string Name, string Description, bool TieredJit, bool GuardRegions, bool LoadSerialized, EngineConfig Config)
{
    /// <summary>How the worker process learns its flavor.</summary>
    public const string EnvironmentVariable = "WASMBOX_FUZZ_FLAVOR";

    /// <summary>Fuel for one store: far more than binaryen's hang limit lets a generated module burn, so fuel never traps.</summary>
    public const ulong Fuel = 1UL << 50;

    /// <summary>Regions of at most half this many units (see <see cref="EngineConfig.WithForcedSplitting"/>).</summary>
    private const int ForcedSplitUnits = 24;

    /// <summary>
    /// As `wasmbox run` runs a module by default: no interruption checks, and the code loaded from
    /// the serialized form (loaded code tiers up, unlike code emitted in memory).
    /// </summary>
    public static readonly WasmboxFlavor AsRun = new("as-run",
        "tiered JIT, guard regions, no interruption checks, loaded from the serialized form",
        TieredJit: true, GuardRegions: true, LoadSerialized: true, EngineConfig.Default.WithInterruptible(false));

    /// <summary>
    /// As a metered guest runs (`wasmbox run --fuel N --timeout T`), and every function split
    /// into small regions wherever it can be, so region calls, frames and exits are under test
    /// too (generated functions are far below the real splitting size).
    /// </summary>
    public static readonly WasmboxFlavor Metered = new("metered",
        "optimizing JIT, explicit bounds checks, fuel and interruption checks, functions split",
        TieredJit: false, GuardRegions: false, LoadSerialized: false,
        EngineConfig.Default.WithFuel(true).WithInterruptible(true).WithForcedSplitting(ForcedSplitUnits));

    public static readonly IReadOnlyList<WasmboxFlavor> All = [AsRun, Metered];

    /// <summary>The worker process's environment.</summary>
    public Dictionary<string, string> Environment() => new()
    {
        ["DOTNET_TieredCompilation"] = TieredJit ? "1" : "0",
        // The engine chooses guard regions when the process can catch their faults, explicit checks when not.
        [GuardRegionSupport.EnvironmentVariable] = GuardRegions ? "1" : "0",
        [EnvironmentVariable] = Name,
    };

    /// <summary>The flavor this worker process was started with.</summary>
    public static WasmboxFlavor Current() =>
        All.FirstOrDefault(f => f.Name == System.Environment.GetEnvironmentVariable(EnvironmentVariable)) ?? AsRun;
}
