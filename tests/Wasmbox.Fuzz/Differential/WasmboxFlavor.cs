using Wasmbox.Runtime;

namespace Wasmbox.Fuzz.Differential;

/// <summary>
/// The two ways the differential fuzzer runs Wasmbox, one worker process each, alternating
/// modules: between them they cover every engine setting that changes the code compiled Wasm
/// runs as.
/// </summary>
internal enum WasmboxFlavor
{
    /// <summary>
    /// As `wasmbox run` runs a module by default: tiered JIT, guard regions, no interruption
    /// checks, and the code compiled to the serialized form and loaded from it, as the compilation
    /// cache does (loaded code tiers up, unlike code emitted in memory).
    /// </summary>
    AsRun,

    /// <summary>
    /// As a metered guest runs (`wasmbox run --fuel N --timeout T`): optimizing JIT, explicit
    /// bounds checks, fuel (a budget no generated module exhausts) and interruption checks, and
    /// every function split into small regions wherever it can be, so that region calls, frames
    /// and exits are under test too (generated functions are far below the real splitting size).
    /// </summary>
    Metered,
}

internal static class WasmboxFlavors
{
    /// <summary>How the worker process learns its flavor.</summary>
    public const string EnvironmentVariable = "WASMBOX_FUZZ_FLAVOR";

    /// <summary>Regions of at most half this many units (see <see cref="EngineConfig.WithForcedSplitting"/>).</summary>
    private const int ForcedSplitUnits = 24;

    /// <summary>Fuel for one store: far more than binaryen's hang limit lets a generated module burn, so fuel never traps.</summary>
    public const ulong Fuel = 1UL << 50;

    public static string Describe(this WasmboxFlavor flavor) => flavor switch
    {
        WasmboxFlavor.AsRun => "tiered JIT, guard regions, no interruption checks, loaded from the serialized form",
        _ => "optimizing JIT, explicit bounds checks, fuel and interruption checks, functions split",
    };

    /// <summary>The worker process's environment: the JIT and the bounds-check mode are process-wide.</summary>
    public static Dictionary<string, string> Environment(this WasmboxFlavor flavor) => new()
    {
        ["DOTNET_TieredCompilation"] = flavor == WasmboxFlavor.AsRun ? "1" : "0",
        // The engine chooses guard regions when the process can catch their faults, explicit checks when not.
        [GuardRegionSupport.EnvironmentVariable] = flavor == WasmboxFlavor.AsRun ? "1" : "0",
        [EnvironmentVariable] = flavor.ToString(),
    };

    /// <summary>The flavor this worker process was started with.</summary>
    public static WasmboxFlavor Current() =>
        Enum.TryParse<WasmboxFlavor>(System.Environment.GetEnvironmentVariable(EnvironmentVariable), out var flavor) ? flavor : WasmboxFlavor.AsRun;

    public static EngineConfig Config(this WasmboxFlavor flavor) => flavor switch
    {
        WasmboxFlavor.AsRun => EngineConfig.Default.WithInterruptible(false),
        _ => EngineConfig.Default.WithFuel(true).WithInterruptible(true).WithForcedSplitting(ForcedSplitUnits),
    };
}
