using Wasmbox.Runtime;

namespace Wasmbox.Fuzz.Differential;

/// <summary>
/// Runs a module on Wasmbox the way binaryen's --fuzz-exec-before does: instantiate with the
/// fuzzing-support imports, then go through the exports in order: call every function with zero
/// arguments (calling hangLimitInitializer, binaryen 108's, before each one), and log the value of
/// every global (binaryen 132 does; 108 exports none). A trap ends only the export it happened in;
/// the instance, its memory and globals carry on to the next export.
/// </summary>
internal sealed class WasmboxExecutor
{
    /// <summary>Modules compiled with one engine before a fresh one is made: sharing exercises the engine's caches, renewing bounds them.</summary>
    private const int ModulesPerEngine = 64;

    private readonly WasmboxFlavor flavor = WasmboxFlavor.Current();
    private Engine engine;
    private int modulesOnEngine;

    public WasmboxExecutor() => engine = new Engine(flavor.Config);

    public List<TraceEvent> Run(byte[] bytes)
    {
        if (++modulesOnEngine > ModulesPerEngine)
        {
            engine = new Engine(flavor.Config);
            modulesOnEngine = 1;
        }
        var trace = new List<TraceEvent>();
        try
        {
            RunExports(bytes, trace);
        }
        catch (Exception e) when (e is not WasmException)
        {
            trace.Add(TraceEvent.Of(TraceEventKind.Crash, $"{e.GetType().FullName}: {e.Message} {e.StackTrace}"));
        }
        catch (WasmException e)
        {
            // Malformed, invalid and trap outcomes are recorded where they happen; one that escapes is a link error.
            trace.Add(TraceEvent.Of(TraceEventKind.Error, $"{e.GetType().Name}: {e.Message}"));
        }
        return trace;
    }

    private void RunExports(byte[] bytes, List<TraceEvent> trace)
    {
        Module module;
        try
        {
            module = Load(bytes);
        }
        catch (Exception e) when (e is MalformedModuleException or InvalidModuleException)
        {
            trace.Add(TraceEvent.Of(TraceEventKind.Invalid, e.Message));
            return;
        }

        var linker = new Linker(engine);
        Instance? instance = null;
        foreach (var import in module.Imports)
        {
            if (import.Module != "fuzzing-support" || import.Type is not FunctionType type || FuzzingImport(import.Name, trace, () => instance, module) is not { } callback)
            {
                trace.Add(TraceEvent.Of(TraceEventKind.Error, $"unsupported import {import.Module}.{import.Name}"));
                return;
            }
            linker.DefineFunction(import.Module, import.Name, type, callback);
        }

        using var store = new Store(engine);
        if (flavor.Config.ConsumeFuel) store.AddFuel(WasmboxFlavor.Fuel);
        try
        {
            instance = linker.Instantiate(store, module);
        }
        catch (TrapException trap)
        {
            trace.Add(Ended(trap));
            return;
        }

        var hangLimitInitializer = instance.GetFunction("hangLimitInitializer");
        var memory = module.Exports.FirstOrDefault(e => e.Kind == ExternalKind.Memory) is { } memoryExport ? instance.GetMemory(memoryExport.Name) : null;
        foreach (var export in module.Exports)
        {
            if (export.Kind == ExternalKind.Global)
            {
                // Binaryen 132 logs an exported global's value where its export comes (an i64 whole).
                trace.Add(TraceEvent.Call(export.Name));
                trace.Add(TraceEvent.Log([WasmboxValueTokens.Format(instance.GetGlobal(export.Name)!.Value)]));
                continue;
            }
            if (export.Kind != ExternalKind.Function) continue;
            trace.Add(TraceEvent.Call(export.Name));
            var function = instance.GetFunction(export.Name)!;
            try
            {
                hangLimitInitializer?.Invoke();
                var results = function.Invoke(function.Type.Parameters.Select(Value.Default).ToArray());
                if (results.Length > 0) trace.Add(TraceEvent.Result(results.Select(WasmboxValueTokens.Format).ToArray()));
            }
            catch (TrapException trap)
            {
                trace.Add(Ended(trap));
            }
            if (memory is not null) trace.Add(MemoryHash.Event(memory));
        }
    }

    /// <summary>
    /// The host side of a fuzzing-support import, as binaryen's interpreter and fuzz_shell.js
    /// define it: "log-*" log their argument (an i64 as two i32 halves); binaryen 132's "sleep"
    /// returns its id; "call-export" calls an export by index as JS would, with zeros, throwing
    /// where JS throws (<see cref="JsException"/>); "call-export-catch" does the same and returns
    /// 1 when that threw, 0 when not (a trap goes through both).
    /// </summary>
    /// <returns>The callback, or null for an import the harness does not know.</returns>
    private static HostCallback? FuzzingImport(string name, List<TraceEvent> trace, Func<Instance?> instance, Module module) => name switch
    {
        // (log-branch, which returns a value, is made only by binaryen's branch-hint fuzzing.)
        _ when name.StartsWith("log-", StringComparison.Ordinal) && name != "log-branch" => (_, arguments, _) =>
            trace.Add(TraceEvent.Log(arguments.ToArray().SelectMany(WasmboxValueTokens.FormatLogged).ToArray())),
        "sleep" => (_, arguments, results) => results[0] = arguments[1],
        "call-export" => (_, arguments, _) => CallExportAsJs(instance(), module, (uint)arguments[0].AsI32()),
        "call-export-catch" => (_, arguments, results) =>
        {
            try
            {
                CallExportAsJs(instance(), module, (uint)arguments[0].AsI32());
                results[0] = Value.I32(0);
            }
            catch (Exception e) when (JsException.Caused(e))
            {
                results[0] = Value.I32(1);
            }
        },
        _ => null,
    };

    /// <summary>
    /// Calls export <paramref name="index"/> (in export order, every kind counted) the way JS calls
    /// it from fuzz_shell.js: with zeros (null, in JS), results dropped. Throws what JS throws: for
    /// no instance yet (during instantiation), no such export, one that is not a function, or a
    /// type JS cannot call (an i64 parameter, as null does not convert to BigInt; a v128
    /// parameter or result).
    /// </summary>
    private static void CallExportAsJs(Instance? instance, Module module, uint index)
    {
        if (instance is null || index >= module.Exports.Count || module.Exports[(int)index] is not { Kind: ExternalKind.Function } export)
            throw new JsException("no callable export");
        var function = instance.GetFunction(export.Name)!;
        if (function.Type.Parameters.Any(p => p is ValueKind.I64 or ValueKind.V128) || function.Type.Results.Contains(ValueKind.V128))
            throw new JsException("a type JS cannot pass");
        function.Invoke(function.Type.Parameters.Select(Value.Default).ToArray());
    }

    /// <summary>
    /// How an export that threw ended: a trap, an exception thrown as JS would throw it, or a host
    /// crash: any other .NET exception reaches here wrapped in a host-error trap when it happened in
    /// an export that call-export called (the callback is a host function).
    /// </summary>
    private static TraceEvent Ended(TrapException trap)
    {
        if (JsException.Caused(trap)) return TraceEvent.Of(TraceEventKind.Exception, trap.Message);
        if (trap.Kind == TrapKind.HostError && trap.InnerException is { } inner)
        {
            while (inner is TrapException { InnerException: { } deeper }) inner = deeper;
            if (inner is not WasmException) return TraceEvent.Of(TraceEventKind.Crash, $"{inner.GetType().FullName}: {inner.Message} {inner.StackTrace}");
        }
        return TraceEvent.Trap(trap.Message);
    }

    /// <summary>Compiles the module, or (as the compilation cache does) compiles it to the serialized form and loads that.</summary>
    private Module Load(byte[] bytes) => flavor.LoadSerialized
        ? Module.Deserialize(engine, engine.Precompile(bytes))
        : Module.FromBytes(engine, bytes);
}
