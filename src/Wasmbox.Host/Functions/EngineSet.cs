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
                .WithCompilationCache(compilationCacheDirectory)));
}
