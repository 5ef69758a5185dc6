using System.Collections.Concurrent;

namespace Wasmbox.Fuzz.Processes;

/// <summary>
/// Runs an external tool through tool servers (one per concurrent caller, kept for reuse), and
/// the ordinary way when there can be no server (no C compiler for the fork server), the request
/// cannot travel on the protocol, or a server fails. The differential fuzzer starts wasm-opt twice
/// per module: starting Debian's was half the fuzzer's CPU time, and starting the npm package's
/// (Wasm in node) costs half a second and then runs on V8's baseline code.
/// </summary>
internal sealed class ForkServerPool
{
    private readonly ConcurrentBag<ForkServer> idle = new();
    /// <summary>Starts a server, or null when there can be none.</summary>
    private readonly Func<ForkServer?> startServer;
    /// <summary>The tool started the ordinary way: program and leading arguments.</summary>
    private readonly string program;
    private readonly string[] leadingArguments;
    private static readonly string Scratch = CreateScratch();
    /// <summary>The system's C compiler, or the clang the guest programs are built with.</summary>
    private static readonly string[] Compilers = ["cc", "clang-19"];

    private ForkServerPool(Func<ForkServer?> startServer, string program, string[] leadingArguments)
    {
        this.startServer = startServer;
        this.program = program;
        this.leadingArguments = leadingArguments;
    }

    /// <summary>A native tool (Debian's wasm-opt) with <c>Native/fork-server.c</c> preloaded.</summary>
    public static ForkServerPool Native(string tool)
    {
        var library = new Lazy<string?>(BuildLibrary);
        return new(() => library.Value is { } preload ? ForkServer.Preloaded(tool, preload, Scratch) : null, tool, []);
    }

    /// <summary>An Emscripten build of a tool (the npm package binaryen's wasm-opt), served by <c>binaryen-server.js</c> under node.</summary>
    public static ForkServerPool Emscripten(string script)
    {
        var server = Path.Combine(AppContext.BaseDirectory, "binaryen-server.js");
        return new(() => ForkServer.Started("node", [server, script], Scratch), "node", [script]);
    }

    public ToolRun Run(IReadOnlyList<string> arguments, TimeSpan timeout)
    {
        if (!ForkServer.CanCarry(arguments)) return Execute(arguments, timeout);
        if (!idle.TryTake(out var server)) server = startServer();
        if (server is null) return Execute(arguments, timeout);
        var run = server.Run(arguments, timeout);
        if (server.Alive) idle.Add(server);
        else server.Dispose();
        return run ?? Execute(arguments, timeout);
    }

    private ToolRun Execute(IReadOnlyList<string> arguments, TimeSpan timeout) => ToolRun.Execute(program, [.. leadingArguments, .. arguments], timeout);

    /// <returns>The fork server's shared library, built from its source beside this program, or null when it cannot be built.</returns>
    private static string? BuildLibrary()
    {
        var source = Path.Combine(AppContext.BaseDirectory, "Native", "fork-server.c");
        var library = Path.Combine(Scratch, "fork-server.so");
        var failures = new List<string>();
        foreach (var compiler in Compilers)
        {
            try
            {
                var build = ToolRun.Execute(compiler, ["-O2", "-shared", "-fPIC", "-o", library, source, "-ldl"], TimeSpan.FromSeconds(60));
                if (build.Succeeded) return library;
                failures.Add($"{compiler}: {build.Describe()}");
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                failures.Add($"{compiler}: {e.Message}");
            }
        }
        Console.Error.WriteLine($"note: the fork server did not build ({string.Join("; ", failures)}); tools start the ordinary way");
        return null;
    }

    /// <summary>Where the library and the forked runs' output go; removed when this program exits (the servers end with it: their stdin closes).</summary>
    private static string CreateScratch()
    {
        var scratch = Directory.CreateTempSubdirectory("wasmbox-fork-server-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(scratch, recursive: true); }
            catch (IOException) { }
        };
        return scratch;
    }
}
