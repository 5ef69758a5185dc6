using System.Globalization;

namespace Wasmbox.Fuzz.Processes;

/// <summary>
/// One running tool server: a copy of a tool with <c>Native/fork-server.c</c> preloaded, where
/// each <see cref="Run"/> is a fork of it that runs the tool's main without the cost of starting
/// the tool (see the C file), or <c>binaryen-server.js</c>, which runs the npm package's wasm-opt
/// (Wasm) in node the same way; both speak the same protocol. Not thread-safe:
/// <see cref="ForkServerPool"/> gives each caller its own.
/// </summary>
internal sealed class ForkServer : IDisposable
{
    /// <summary>Beyond the request's own deadline, how long to wait for a reply before giving the server up.</summary>
    private readonly TimeSpan replyGrace;
    /// <summary>Whether the server kills a run at its deadline (the fork server does; node cannot interrupt a run).</summary>
    private readonly bool enforcesDeadline;
    private readonly ChildProcess server;
    private readonly string scratch;
    /// <summary>Numbers the output files of all servers in this process.</summary>
    private static long requests;

    private ForkServer(ChildProcess server, string scratchDirectory, bool enforcesDeadline)
    {
        this.server = server;
        scratch = scratchDirectory;
        this.enforcesDeadline = enforcesDeadline;
        replyGrace = TimeSpan.FromSeconds(enforcesDeadline ? 30 : 2);
    }

    /// <summary>A native tool with the fork server preloaded.</summary>
    public static ForkServer Preloaded(string tool, string library, string scratchDirectory) =>
        new(ChildProcess.Start(tool, [], new Dictionary<string, string> { ["LD_PRELOAD"] = library }), scratchDirectory, enforcesDeadline: true);

    /// <summary>A server that is a program of its own (binaryen-server.js under node), which does not enforce deadlines: the run is killed with it.</summary>
    public static ForkServer Started(string fileName, IEnumerable<string> arguments, string scratchDirectory) =>
        new(ChildProcess.Start(fileName, arguments), scratchDirectory, enforcesDeadline: false);

    /// <summary>False once the server died or stopped answering: it is then of no more use.</summary>
    public bool Alive { get; private set; } = true;

    /// <summary>Whether the request can travel on the server's line protocol.</summary>
    public static bool CanCarry(IReadOnlyList<string> arguments) =>
        arguments.Count > 0 && arguments.All(a => a.Length > 0 && a.IndexOfAny(['\t', '\n', '\r']) < 0);

    /// <returns>The tool's run, or null when the server failed (the caller runs the tool itself).</returns>
    public ToolRun? Run(IReadOnlyList<string> arguments, TimeSpan timeout)
    {
        var name = Path.Combine(scratch, Interlocked.Increment(ref requests).ToString(CultureInfo.InvariantCulture));
        var (outputPath, errorsPath) = (name + ".out", name + ".err");
        try
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(timeout.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            server.StandardInput.WriteLine(string.Join('\t', [seconds, outputPath, errorsPath, .. arguments]));
            server.StandardInput.Flush();
            if (!server.Lines.TryTake(out var reply, timeout + replyGrace))
            {
                // A server that cannot stop a run at its deadline has hung in it: that is the run's time-out.
                if (enforcesDeadline) return GiveUp();
                GiveUp();
                return new ToolRun(-1, true, "", "");
            }
            if (reply is null) return GiveUp();
            var fields = reply.Split(' ');
            if (fields.Length != 2 || !int.TryParse(fields[1], CultureInfo.InvariantCulture, out var number)) return GiveUp();
            var output = File.Exists(outputPath) ? File.ReadAllText(outputPath) : "";
            var errors = File.Exists(errorsPath) ? File.ReadAllText(errorsPath) : "";
            return fields[0] switch
            {
                "exit" => new ToolRun(number, false, output, errors),
                // The server's deadline is SIGALRM (14); any other signal is the tool crashing.
                "signal" => new ToolRun(128 + number, number == 14, output, errors),
                _ => GiveUp(),
            };
        }
        catch (IOException)
        {
            return GiveUp();
        }
        finally
        {
            File.Delete(outputPath);
            File.Delete(errorsPath);
        }
    }

    private ToolRun? GiveUp()
    {
        Alive = false;
        server.Kill();
        return null;
    }

    public void Dispose() => server.Dispose();
}
