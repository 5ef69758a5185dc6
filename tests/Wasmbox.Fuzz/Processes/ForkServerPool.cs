using System.Collections.Concurrent;

namespace Wasmbox.Fuzz.Processes;

/// <summary>
/// Runs an external tool through fork servers (one per concurrent caller, kept for reuse), and
/// the ordinary way when the server cannot be built (no C compiler), the request cannot travel on
/// its protocol, or a server fails. The differential fuzzer starts wasm-opt twice per module, and
/// starting it was half the fuzzer's CPU time.
/// </summary>
internal sealed class ForkServerPool(string tool)
{
    private readonly ConcurrentBag<ForkServer> idle = new();
    private readonly Lazy<string?> library = new(BuildLibrary);
    private static readonly string Scratch = CreateScratch();
    /// <summary>The system's C compiler, or the clang the guest programs are built with.</summary>
    private static readonly string[] Compilers = ["cc", "clang-19"];

    public ToolRun Run(IReadOnlyList<string> arguments, TimeSpan timeout)
    {
        if (library.Value is not { } preload || !ForkServer.CanCarry(arguments)) return ToolRun.Execute(tool, arguments, timeout);
        if (!idle.TryTake(out var server)) server = new ForkServer(tool, preload, Scratch);
        var run = server.Run(arguments, timeout);
        if (server.Alive) idle.Add(server);
        else server.Dispose();
        return run ?? ToolRun.Execute(tool, arguments, timeout);
    }

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
