using System.Text;
using Microsoft.Extensions.Logging;
using Wasmbox.Host.Executors;
using Wasmbox.Host.Functions;
using Wasmbox.Host.Logs;
using Wasmbox.Runtime;
using Wasmbox.Wasi;

namespace Wasmbox.Host.Js;

/// <summary>
/// Takes a js function's snapshot at deploy: the engine started, the prelude and the script's top
/// level evaluated (runtime/js/main.c's init phase, given the script through memory rather than
/// the environment, which is each request's), captured so that every request starts from there
/// with its own copy-on-write copy of the memory. The top level runs once, as in a Worker whose
/// isolate serves many requests: what it computes (Date.now(), Math.random(), a generated id) is
/// the same in every request, while each request's Math.random and performance.now start afresh.
/// A script whose top level uses what a snapshot cannot keep (a building block, an outbound
/// call) is served without one, and the function's log says why.
/// </summary>
public sealed class JsSnapshots(ServeOptions options, Limits.DeadlineWatchdog watchdog, FunctionLogs logs, ILogger<JsSnapshots> logger)
{
    // Console lines at the top level go to the function's log once, at deploy; random bytes
    // drawn there are shared by every request, as values the top level computes are.
    private static readonly SnapshotOptions Initialization = WasiSnapshotPolicy.Options()
        .AllowingHostFunctions("wasmbox.log", $"{WasiPreview1.ModuleName}.random_get");

    /// <summary><paramref name="function"/> with its snapshot, or as it is when snapshots are off or the script cannot have one.</summary>
    public LoadedFunction WithSnapshot(LoadedFunction function, string source)
    {
        if (!options.JsSnapshots) return function;
        var snapshot = Take(function, source, out var refusal);
        // The script is in the snapshot: its requests need not copy it out of their environment.
        if (snapshot is not null)
            return new LoadedFunction(function.Version, function.InstancePre, function.Limits, JsScript.WithoutSource(function.Grants), function.CompileTime) { Snapshot = snapshot };
        logger.LogWarning("js function {Function}: served without a snapshot, so each request runs the script's top level: {Reason}", function.Name, refusal);
        logs.Write(function.Name, function.Version.Version, null, LogLevel.Warning,
            $"served without a snapshot (each request runs the script's top level, milliseconds instead of microseconds): {refusal}");
        return function;
    }

    private Snapshot? Take(LoadedFunction function, string source, out string? refusal)
    {
        var errors = new GuestErrorOutput();
        var configuration = function.Grants
            .WithArguments([function.Name])
            .WithStandardInput(new MemoryStream([], writable: false))
            .WithStandardOutput(errors)
            .WithStandardError(errors);
        using var wasi = new WasiContext(configuration);
        using var store = new Store(function.Engine, new Capabilities.GuestInstance(wasi, function, "snapshot", CancellationToken.None), function.StoreLimits);
        // The top level runs within the limits of a request (the deploy check has run it once
        // already), but for the time it may take at deploy.
        if (function.Limits.Fuel is { } fuel) store.SetFuel(fuel);
        var timedOut = false;
        using var deadline = watchdog.Register(JsScript.ForTopLevel(function).Limits.Timeout!.Value, () =>
        {
            timedOut = true;
            store.Interrupt();
        });
        try
        {
            refusal = null;
            return function.InstancePre.CreateSnapshot(store, Initialization.WithInitialization(instance => Initialize(instance, function.Name, source)));
        }
        catch (SnapshotException e)
        {
            refusal = timedOut ? "the script's top level did not finish in time" : e.Reason;
        }
        catch (ResourceLimitException e)
        {
            refusal = $"the function's memory limit does not allow the engine: {e.Message}";
        }
        return null;
    }

    /// <summary>Writes the script and its name into the instance's memory and runs the init phase on them.</summary>
    private static void Initialize(Instance instance, string name, string source)
    {
        var allocate = instance.GetFunction("wasmbox_js_alloc") ?? throw new SnapshotException("the JavaScript engine exports no wasmbox_js_alloc: rebuild it (runtime/js/build.sh)");
        var initialize = instance.GetFunction("wasmbox_js_init") ?? throw new SnapshotException("the JavaScript engine exports no wasmbox_js_init: rebuild it (runtime/js/build.sh)");
        var memory = instance.GetMemory("memory") ?? throw new SnapshotException("the JavaScript engine exports no memory");
        var script = Place(Encoding.UTF8.GetBytes(source));
        var fileName = Place(Encoding.UTF8.GetBytes(name + ".js"));
        initialize.Invoke(Value.I32(script.Address), Value.I32(script.Length), Value.I32(fileName.Address));

        // Each ends with a 0: QuickJS reads one byte past a source's end, and the name is a C string.
        (int Address, int Length) Place(byte[] bytes)
        {
            var address = allocate.Invoke(Value.I32(bytes.Length + 1))[0].AsI32();
            if (address == 0) throw new SnapshotException("the JavaScript engine could not allocate memory for the script");
            var target = memory.GetSpan((ulong)(uint)address, bytes.Length + 1);
            bytes.CopyTo(target);
            target[^1] = 0;
            return (address, bytes.Length);
        }
    }
}
