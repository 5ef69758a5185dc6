using Wasmbox.Runtime.Compilation;

namespace Wasmbox.Runtime;

/// <summary>Settings shared by every module and store of an engine. Immutable; With* returns a copy.</summary>
public sealed record EngineConfig
{
    public static EngineConfig Default { get; } = new();

    /// <summary>The default Wasm stack budget: deep enough for real programs, shallow enough that
    /// unwinding a runaway recursion (which .NET does frame by frame) stays in the milliseconds.</summary>
    public const ulong DefaultMaxStackBytes = 1024 * 1024;

    /// <summary>
    /// Most bytes of native stack Wasm code may use per entry from the host (never more than the
    /// calling thread has, less a reserve for host code); 0 means all the thread has. Deeper
    /// recursion traps "call stack exhausted".
    /// </summary>
    public ulong MaxStackBytes { get; init; } = DefaultMaxStackBytes;

    /// <summary>
    /// Most nested Wasm calls per entry from the host (host functions that call back into Wasm
    /// count on); 0 for no count, only <see cref="MaxStackBytes"/>. A count costs a little on every call.
    /// </summary>
    public int MaxCallDepth { get; init; }

    /// <summary>Compile fuel metering in: each store then has a budget, and running out traps "all fuel consumed".</summary>
    public bool ConsumeFuel { get; init; }

    /// <summary>The fuel each instruction costs, charged per basic block.</summary>
    public FuelCostTable FuelCosts { get; init; } = FuelCostTable.Default;

    /// <summary>
    /// Compile interruption checks in (function entries and loop headers), so
    /// <see cref="Store.Interrupt"/> and store deadlines stop even a tight loop. On by default.
    /// </summary>
    public bool Interruptible { get; init; } = true;

    /// <summary>
    /// A directory for compiled modules (see <see cref="Runtime.CompilationCache"/>): when set,
    /// <see cref="Module.FromBytes"/> loads the code compiled earlier from the same Wasm bytes
    /// with the same settings instead of compiling again. Off (null) by default.
    /// </summary>
    public string? CompilationCacheDirectory { get; init; }

    /// <summary>
    /// How memory accesses are kept in bounds. <see cref="BoundsChecks.Auto"/> (the default) uses
    /// guard regions when the process allows them; an <see cref="Engine"/>'s own
    /// <see cref="Engine.Config"/> always names the one it chose.
    /// </summary>
    public BoundsChecks BoundsChecks { get; init; } = BoundsChecks.Auto;

    /// <summary>The default for <see cref="SplitFunctionsOver"/>: about where RyuJIT stops optimising the IL Wasmbox emits.</summary>
    public const int DefaultSplitFunctionsOver = 11_000;

    /// <summary>
    /// Functions larger than this are compiled as several methods when that makes each small
    /// enough to optimise (0: never). The size is in units of about one Wasm instruction (a local
    /// access counts three, a block or branch eight). RyuJIT does not optimise a method past about
    /// 60,000 bytes of IL, 2,000 basic blocks or 8,000 local references at all, and the largest
    /// functions of real programs (interpreter loops, compressors) are past that. See <c>RegionPlanner</c>.
    /// </summary>
    public int SplitFunctionsOver { get; init; } = DefaultSplitFunctionsOver;

    /// <summary>The default for <see cref="MemoryImageMinimumBytes"/>.</summary>
    public const ulong DefaultMemoryImageMinimumBytes = 64 * 1024;

    /// <summary>
    /// Whether a module's initial memory is built once as a copy-on-write image and mapped into
    /// each instance (Linux), instead of its data segments being copied in. On by default; the
    /// contents an instance sees are the same either way.
    /// </summary>
    public bool MemoryImages { get; init; } = true;

    /// <summary>
    /// Modules with fewer bytes of active data segments than this copy them: for a few
    /// kilobytes a copy is cheaper than mapping an image (and faulting its pages in).
    /// </summary>
    public ulong MemoryImageMinimumBytes { get; init; } = DefaultMemoryImageMinimumBytes;

    /// <summary>
    /// crossgen2, .NET's ReadyToRun compiler (see <see cref="ReadyToRunCompiler.Find"/>), or null.
    /// When set, a module compiled to an image (the compilation cache, <see cref="Engine.Precompile"/>)
    /// that has a function RyuJIT would only compile unoptimised (over its size limits and not
    /// splittable: interpreter loops such as QuickJS's or SQLite's) is compiled to machine code
    /// ahead of time, fully optimised, and loaded from that. Such a module's code stays loaded until
    /// the process ends (.NET runs ReadyToRun code only from assemblies that cannot be unloaded);
    /// every other module is unaffected. A failure of crossgen2 leaves the module as it was.
    /// </summary>
    public string? NativeCompiler { get; init; }

    /// <summary>
    /// Whether small innermost loops are compiled several iterations per pass of the machine code's
    /// loop (up to four; see <c>LoopUnrolling</c>). On by default. The code does the same either way,
    /// fuel included; only the interruption check runs once per pass instead of once per iteration.
    /// </summary>
    public bool UnrollLoops { get; init; } = true;

    public EngineConfig WithNativeCompiler(string? crossgen2) => this with { NativeCompiler = crossgen2 };
    public EngineConfig WithUnrollLoops(bool enabled) => this with { UnrollLoops = enabled };
    public EngineConfig WithMaxStackBytes(ulong bytes) => this with { MaxStackBytes = bytes };
    public EngineConfig WithMaxCallDepth(int depth) => this with { MaxCallDepth = depth };
    public EngineConfig WithFuel(bool enabled, FuelCostTable? costs = null) => this with { ConsumeFuel = enabled, FuelCosts = costs ?? FuelCosts };
    public EngineConfig WithInterruptible(bool enabled) => this with { Interruptible = enabled };
    public EngineConfig WithBoundsChecks(BoundsChecks checks) => this with { BoundsChecks = checks };
    public EngineConfig WithSplitFunctionsOver(int units) => this with { SplitFunctionsOver = Math.Max(0, units) };
    public EngineConfig WithMemoryImages(bool enabled, ulong minimumBytes = DefaultMemoryImageMinimumBytes) =>
        this with { MemoryImages = enabled, MemoryImageMinimumBytes = minimumBytes };

    /// <summary>For tests: splits every function wherever it can, into regions of at most half <paramref name="units"/>.</summary>
    internal EngineConfig WithForcedSplitting(int units) => this with { SplitFunctionsOver = -Math.Max(1, units) };
    /// <summary>Caches compiled modules in <paramref name="directory"/> (e.g. <see cref="CompilationCache.DefaultDirectory"/>); null turns the cache off.</summary>
    public EngineConfig WithCompilationCache(string? directory) => this with { CompilationCacheDirectory = directory };
}

/// <summary>Compiles modules and owns what they share: configuration, signature ids, generated stubs.</summary>
public sealed class Engine
{
    /// <exception cref="NotSupportedException"><see cref="BoundsChecks.GuardRegion"/> was asked for where it cannot work</exception>
    public Engine(EngineConfig? config = null)
    {
        Config = Resolve(config ?? EngineConfig.Default);
        if (Config.CompilationCacheDirectory is { } directory) CompilationCache = new CompilationCache(directory);
    }

    /// <summary>The configuration, with <see cref="BoundsChecks.Auto"/> resolved to what this engine uses.</summary>
    public EngineConfig Config { get; }

    private static EngineConfig Resolve(EngineConfig config) => config.BoundsChecks switch
    {
        BoundsChecks.Auto => config with { BoundsChecks = GuardRegionSupport.IsAvailable ? BoundsChecks.GuardRegion : BoundsChecks.Explicit },
        BoundsChecks.GuardRegion when GuardRegionSupport.UnavailableBecause is { } reason =>
            throw new NotSupportedException($"guard-region bounds checks cannot be used: {reason}"),
        _ => config,
    };

    /// <summary>The compilation cache <see cref="Module.FromBytes"/> uses, when the configuration names one.</summary>
    public CompilationCache? CompilationCache { get; }

    /// <summary>
    /// Compiles Wasm bytes ahead of time into what <see cref="Module.Serialize"/> writes, without
    /// making a module here (like wasmtime's precompile_module): for <see cref="Module.Deserialize"/>
    /// later, in an engine configured alike.
    /// </summary>
    /// <exception cref="MalformedModuleException">the bytes are not a well-formed module</exception>
    /// <exception cref="InvalidModuleException">the module breaks a validation rule, or uses what the compiler does not support yet</exception>
    public byte[] Precompile(ReadOnlyMemory<byte> wasm, ModuleSigningKey? key = null) => Module.Precompile(this, wasm, key);

    internal FunctionTypeIds TypeIds { get; } = new();
    internal EntryTrampolines Trampolines { get; } = new();
    internal HostStubs HostStubs { get; } = new();
}
