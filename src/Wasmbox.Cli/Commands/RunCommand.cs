using System.Net.Sockets;
using Wasmbox.Runtime;
using Wasmbox.Wasi;

namespace Wasmbox.Cli.Commands;

/// <summary>
/// `wasmbox run [OPTIONS] MODULE [ARGS...]`: runs a WASI command with only the grants the options
/// give, and exits with the guest's exit status; or, with --invoke, calls an export with ARGS
/// parsed by its parameter types and prints the results.
/// </summary>
internal static class RunCommand
{
    /// <summary>Exit status for a trap, as wasmtime uses (128 + SIGABRT).</summary>
    public const int TrapExitCode = 134;

    public static int Run(IReadOnlyList<string> arguments, TextWriter output, TextWriter error, GuestStdio stdio)
    {
        if (arguments.Count > 0 && arguments[0] is "-h" or "--help")
        {
            output.WriteLine(RunOptions.Usage);
            return 0;
        }
        var options = RunOptions.Parse(arguments, out var problem);
        if (options is null)
        {
            error.WriteLine($"wasmbox: {problem}");
            error.WriteLine(RunOptions.Usage);
            return 2;
        }
        var path = options.ModulePath;
        if (!options.NoCache) StartupProfile.Start(options.CompiledCode.CacheDirectoryOrDefault, "run");

        // Interruption checks cost a load and a branch in every loop iteration, and only a
        // deadline needs them here (Ctrl-C ends the whole process), as in `wasmtime run`.
        var config = EngineConfig.Default.WithFuel(options.Fuel is not null).WithInterruptible(options.Timeout is not null);
        if (options.MaxStackBytes is { } stack) config = config.WithMaxStackBytes(stack);
        // Native code needs the cache's compiled images (see EngineConfig.NativeCompiler).
        if (!options.NoCache)
            config = config.WithCompilationCache(options.CompiledCode.CacheDirectoryOrDefault).WithNativeCompiler(ReadyToRunCompiler.FromEnvironment());
        Engine engine;
        try
        {
            engine = new Engine(config.WithBoundsChecks(options.BoundsChecks));
        }
        catch (NotSupportedException e) { return Fail(error, e.Message, 1); }
        var module = ModuleLoader.Load(engine, options, error, out var status);
        if (module is null) return status;
        // Its code compiles on the other core while WASI is set up and the module instantiated.
        _ = module.PrepareInBackground(options.Invoke ?? "_start");

        var listeners = new List<Socket>();
        try
        {
            var configuration = WasiConfiguration.Default
                .WithArguments([path, .. options.Invoke is null ? options.Arguments : []])
                .WithStandardInput(stdio.Input, stdio.InputIsTerminal)
                .WithStandardOutput(stdio.Output, stdio.OutputIsTerminal)
                .WithStandardError(stdio.Error, stdio.ErrorIsTerminal);
            foreach (var (name, value) in options.Environment) configuration = configuration.WithEnvironmentVariable(name, value);
            foreach (var (host, guest, readOnly) in options.Directories) configuration = configuration.WithPreopenedDirectory(host, guest, readOnly);
            foreach (var endpoint in options.TcpListen)
            {
                var socket = TcpListeners.Open(endpoint);
                listeners.Add(socket);
                configuration = configuration.WithListeningSocket(socket);
            }
            using var wasi = new WasiContext(configuration);
            return Execute(engine, module, wasi, options, output, error);
        }
        catch (DirectoryNotFoundException e) { return Fail(error, e.Message, 1); }
        catch (Exception e) when (e is SocketException or FormatException) { return Fail(error, $"cannot listen: {e.Message}", 1); }
        catch (ArgumentException e) { return Fail(error, e.Message, 2); }
        finally
        {
            foreach (var socket in listeners) socket.Dispose();
        }
    }

    private static int Execute(Engine engine, Module module, WasiContext wasi, RunOptions options, TextWriter output, TextWriter error)
    {
        var path = options.ModulePath;
        using var store = new Store(engine, limits: StoreLimits.Unlimited.WithMaxMemoryBytes(options.MaxMemoryBytes));
        if (options.Fuel is { } fuel) store.SetFuel(fuel);
        if (options.Timeout is { } timeout) store.SetDeadline(timeout);
        var linker = WasiPreview1.AddToLinker(new Linker(engine), wasi);
        try
        {
            var pre = linker.Prepare(module);
            var instance = options.SnapshotPath is { } snapshotPath
                ? SnapshotFor(pre, snapshotPath, options, error).Instantiate(store)
                : pre.Instantiate(store);
            if (options.Invoke is not { } name)
            {
                if (instance.GetFunction("_start") is not { } start)
                    return Fail(error, $"{path} exports no _start function; use --invoke NAME", 1);
                start.Invoke();
                return 0;
            }

            var function = instance.GetFunction(name);
            if (function is null) return Fail(error, $"{path} exports no function named \"{name}\"", 1);
            var functionArguments = options.Arguments;
            if (functionArguments.Count != function.Type.Parameters.Count)
                return Fail(error, $"{name} takes {function.Type.Parameters.Count} arguments {function.Type}, {functionArguments.Count} given", 2);
            var values = new Value[functionArguments.Count];
            for (var i = 0; i < values.Length; i++)
            {
                if (!InvokeValues.TryParse(functionArguments[i], function.Type.Parameters[i], out values[i]))
                    return Fail(error, $"argument {i + 1} \"{functionArguments[i]}\" is not a valid {function.Type.Parameters[i].Name()}", 2);
            }
            // A WASI reactor sets itself up in _initialize before any other export is called; from
            // a snapshot it is set up already (its initializer did, or it would be captured unset).
            if (options.SnapshotPath is null) instance.GetFunction("_initialize")?.Invoke();
            foreach (var result in function.Invoke(values)) output.WriteLine(InvokeValues.Format(result));
            return 0;
        }
        catch (WasiExitException exit)
        {
            return exit.ExitCode;
        }
        catch (TrapException trap)
        {
            error.WriteLine($"wasmbox: trap: {trap.Reason}{LimitHit(trap.Kind, options)}");
            foreach (var line in Backtrace.Lines(trap.WasmBacktrace)) error.WriteLine(line);
            if (options.MaxMemoryBytes is { } max && store.MemoryBytes + MemoryType.PageSize > max)
                error.WriteLine($"wasmbox: note: the guest's memory is at the --max-memory limit of {LimitValues.FormatSize(max)}");
            return TrapExitCode;
        }
        catch (SnapshotException e) { return Fail(error, $"{path}: {e.Message}", 1); }
        catch (LinkException e) { return Fail(error, $"cannot link {path}: {e.Message}", 1); }
        catch (ResourceLimitException e) { return Fail(error, $"cannot instantiate {path}: {e.Message}", 1); }
    }

    /// <summary>
    /// The snapshot in <paramref name="file"/>; when there is none yet, the module initialized once
    /// (under <see cref="WasiSnapshotPolicy"/>, in a store of its own with the run's WASI context)
    /// and saved there.
    /// </summary>
    private static Snapshot SnapshotFor(InstancePre pre, string file, RunOptions options, TextWriter error)
    {
        if (File.Exists(file)) return pre.LoadSnapshot(File.ReadAllBytes(file));
        Snapshot snapshot;
        using (var initializing = new Store(pre.Module.Engine, limits: StoreLimits.Unlimited.WithMaxMemoryBytes(options.MaxMemoryBytes)))
        {
            if (options.Fuel is { } fuel) initializing.SetFuel(fuel);
            snapshot = pre.CreateSnapshot(initializing, WasiSnapshotPolicy.Options().WithInitializer(options.Initializer));
        }
        File.WriteAllBytes(file, snapshot.Serialize());
        error.WriteLine($"wasmbox: initialized {options.ModulePath} with {options.Initializer} and saved the snapshot to {file}");
        return snapshot;
    }

    /// <summary>Names the limit behind a trap, and its value, so the user knows which flag to raise.</summary>
    private static string LimitHit(TrapKind kind, RunOptions options) => kind switch
    {
        TrapKind.OutOfFuel => $" (the --fuel limit of {options.Fuel} was reached)",
        TrapKind.DeadlineExceeded => $" (the --timeout of {options.Timeout?.TotalMilliseconds} ms passed)",
        TrapKind.CallStackExhausted =>
            $" (the Wasm stack limit of {LimitValues.FormatSize(options.MaxStackBytes ?? EngineConfig.DefaultMaxStackBytes)} was reached; raise it with --max-stack)",
        _ => "",
    };

    private static int Fail(TextWriter error, string message, int status)
    {
        error.WriteLine($"wasmbox: {message}");
        return status;
    }
}
