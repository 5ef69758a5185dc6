using System.Runtime.CompilerServices;
using Wasmbox.Runtime.Binary;

namespace Wasmbox.Runtime.Compilation;

/// <summary>
/// Has RyuJIT compile a module's functions on another core before a run calls them (see
/// <see cref="Module.PrepareInBackground"/>). Compiled Wasm sits in a collectible load context,
/// where .NET has no tiers: every function is compiled fully optimised the first time it is
/// called, and the C library's printf and malloc alone are some 30 KB of IL, tens of milliseconds
/// of a run that would otherwise wait for them.
/// </summary>
internal static class BackgroundPreparation
{
    /// <summary>At most this many functions are prepared: past that, a large program's reachable code is mostly not what its first moments run.</summary>
    public const int MaxFunctions = 256;

    public static Task<int> Start(Module module, int entryFunction)
    {
        // With one core the thread would only take turns with the run it is meant to speed up.
        if (Environment.ProcessorCount < 2) return Task.FromResult(0);
        var done = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() => done.SetResult(Prepare(module, entryFunction)))
        {
            IsBackground = true,
            Name = "Wasmbox background compilation",
        };
        thread.Start();
        return done.Task;
    }

    private static int Prepare(Module module, int entryFunction)
    {
        var prepared = 0;
        try
        {
            // A module loaded from compiled code has no decoded bodies (it runs without them);
            // decoding its Wasm again, here, is what finding its calls costs.
            var definition = module.Definition;
            if (definition.Bodies.Count > 0 && definition.Bodies.All(b => b.Code.Length == 0))
                definition = ModuleReader.Read(module.WasmBytes);
            var imported = definition.ImportedFunctionCount;
            foreach (var function in CallOrder.From(definition, entryFunction, MaxFunctions))
            {
                RuntimeHelpers.PrepareMethod(module.Compiled.Methods[function - imported].MethodHandle);
                prepared++;
            }
        }
        catch (Exception)
        {
            // Whatever goes wrong here must not end the process (an exception escaping a thread
            // does), and only an early start is lost: a function this could not prepare is
            // compiled when called, and that call reports what is wrong.
        }
        return prepared;
    }
}
