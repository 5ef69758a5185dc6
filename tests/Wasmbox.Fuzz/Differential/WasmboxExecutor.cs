using Wasmbox.Runtime;

namespace Wasmbox.Fuzz.Differential;

/// <summary>
/// Runs a module on Wasmbox the way binaryen's --fuzz-exec-before does: instantiate with the
/// fuzzing-support logging imports, then call every exported function in export order with zero
/// arguments, calling hangLimitInitializer before each one. A trap ends only the export it
/// happened in; the instance, its memory and globals carry on to the next export.
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
        foreach (var import in module.Imports)
        {
            if (import.Module != "fuzzing-support" || import.Type is not FunctionType type)
            {
                trace.Add(TraceEvent.Of(TraceEventKind.Error, $"unsupported import {import.Module}.{import.Name}"));
                return;
            }
            linker.DefineFunction(import.Module, import.Name, type, (_, arguments, _) =>
                trace.Add(TraceEvent.Log(arguments.ToArray().SelectMany(WasmboxValueTokens.FormatLogged).ToArray())));
        }

        using var store = new Store(engine);
        if (flavor.Config.ConsumeFuel) store.AddFuel(WasmboxFlavor.Fuel);
        Instance instance;
        try
        {
            instance = linker.Instantiate(store, module);
        }
        catch (TrapException trap)
        {
            trace.Add(TraceEvent.Trap(trap.Message));
            return;
        }

        var hangLimitInitializer = instance.GetFunction("hangLimitInitializer");
        var memory = module.Exports.FirstOrDefault(e => e.Kind == ExternalKind.Memory) is { } memoryExport ? instance.GetMemory(memoryExport.Name) : null;
        foreach (var export in module.Exports.Where(e => e.Kind == ExternalKind.Function))
        {
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
                trace.Add(TraceEvent.Trap(trap.Message));
            }
            if (memory is not null) trace.Add(MemoryHash.Event(memory));
        }
    }

    /// <summary>Compiles the module, or (as the compilation cache does) compiles it to the serialized form and loads that.</summary>
    private Module Load(byte[] bytes) => flavor.LoadSerialized
        ? Module.Deserialize(engine, engine.Precompile(bytes))
        : Module.FromBytes(engine, bytes);
}
