using System.Collections.Concurrent;
using Wasmbox.Runtime;

namespace Wasmbox.Host.Functions;

/// <summary>
/// The engines functions are compiled in, one per kind of code: metered or not, and per stack
/// size (both are engine settings). Functions without a fuel limit get code without metering,
/// which runs faster. Every engine is interruptible (deadlines) and shares one compilation cache.
/// </summary>
public sealed class EngineSet(string compilationCacheDirectory)
{
    private readonly ConcurrentDictionary<(bool Fuel, ulong Stack), Engine> engines = new();

    public Engine For(FunctionLimits limits) =>
        engines.GetOrAdd((limits.Fuel is not null, limits.StackBytes ?? FunctionLimits.Defaults.StackBytes!.Value), key =>
            new Engine(EngineConfig.Default
                .WithFuel(key.Fuel)
                .WithInterruptible(true)
                .WithMaxStackBytes(key.Stack)
                .WithCompilationCache(compilationCacheDirectory)
                .WithNativeCompiler(NativeCompiler)
                .WithMemoryImages(true, MemoryImageMinimumBytes)));

    /// <summary>
    /// crossgen2, for modules with functions RyuJIT would leave unoptimised (the js executor's
    /// QuickJS interpreter loop among them: its JavaScript runs about 2.4 times faster compiled
    /// ahead of time); null where the build did not bring it, or when the environment variable
    /// WASMBOX_NATIVE_CODE is "off".
    /// </summary>
    public static string? NativeCompiler { get; } = ReadyToRunCompiler.FromEnvironment();

    /// <summary>
    /// Memory images smaller than this are copied into each instance rather than mapped: a request
    /// writes over much of a small image (a js function's snapshot is a 0.5 MiB heap it allocates
    /// in), and each first write to a mapped page is a copy-on-write fault that also interrupts the
    /// other cores to flush their TLBs. Measured on the JS hello: 1,030 requests/s mapped, 1,720
    /// copied. Multi-megabyte images (large data segments, mostly read) are still mapped.
    /// </summary>
    public const ulong MemoryImageMinimumBytes = 1024 * 1024;
}
