using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Wasmbox.Dapr.Tests.State;

/// <summary>
/// A private PostgreSQL server from Debian's <c>postgresql</c> package, made in a temporary
/// directory for the tests that share it and removed after them: its own port on 127.0.0.1, its
/// own Unix socket directory, trust authentication for the <c>postgres</c> role, and fsync off
/// (a crash of a test server loses nothing anyone needs, and it starts and writes much faster).
/// initdb refuses to run as root, so under root every server command runs as the package's
/// <c>postgres</c> user, which then owns the directory.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private string directory = null!;
    private string bin = null!;

    public int Port { get; private set; }

    /// <summary>Where the server's Unix socket is (<c>.s.PGSQL.PORT</c>).</summary>
    public string SocketDirectory => directory;

    /// <summary>The <c>postgres</c> database as the <c>postgres</c> role, in Npgsql's form.</summary>
    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres";

    [System.Runtime.InteropServices.DllImport("libc")]
    private static extern uint geteuid();

    private static bool IsRoot => geteuid() == 0;

    public async Task InitializeAsync()
    {
        bin = await FindOrInstall();
        directory = Directory.CreateTempSubdirectory("wasmbox-postgres-").FullName;
        if (IsRoot) await Run(directory, "chown", ["postgres:postgres", directory]);
        await Server("initdb", ["-D", Data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"]);
        // a port that was free a moment ago can be taken before the server binds it: try a few
        for (var attempt = 1; ; attempt++)
        {
            Port = FreePort();
            var settings = $"-p {Port} -k {directory} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
            try
            {
                await Server("pg_ctl", ["start", "-w", "-t", "60", "-D", Data, "-l", Path.Combine(directory, "server.log"), "-o", settings]);
                return;
            }
            catch (InvalidOperationException) when (attempt < 3) { }
        }
    }

    public async Task DisposeAsync()
    {
        try
        {
            // immediate: no shutdown checkpoint, the data is thrown away next
            if (Port != 0) await Server("pg_ctl", ["stop", "-w", "-D", Data, "-m", "immediate"]);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private string Data => Path.Combine(directory, "data");

    /// <summary>The newest installed server's bin directory; the package is installed when there is none.</summary>
    private static async Task<string> FindOrInstall()
    {
        if (Installed() is { } found) return found;
        string[][] steps = [["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", "postgresql"]];
        foreach (var step in steps)
            await Run(Path.GetTempPath(), IsRoot ? step[0] : "sudo", IsRoot ? step[1..] : ["-n", .. step], ("DEBIAN_FRONTEND", "noninteractive"));
        return Installed() ?? throw new InvalidOperationException("the postgresql package installed no /usr/lib/postgresql/*/bin/initdb");

        static string? Installed() =>
            Directory.Exists("/usr/lib/postgresql")
                ? Directory.GetDirectories("/usr/lib/postgresql")
                    .Select(version => Path.Combine(version, "bin"))
                    .Where(path => File.Exists(Path.Combine(path, "initdb")))
                    .OrderByDescending(path => int.TryParse(Path.GetFileName(Path.GetDirectoryName(path)), out var major) ? major : 0)
                    .FirstOrDefault()
                : null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A server program, as the postgres user when we are root.</summary>
    private Task Server(string program, string[] arguments) =>
        IsRoot ? Run(directory, "runuser", ["-u", "postgres", "--", Path.Combine(bin, program), .. arguments]) : Run(directory, Path.Combine(bin, program), arguments);

    /// <summary>Runs a program in <paramref name="directory"/> (the server programs need a working directory the postgres user may enter).</summary>
    /// <exception cref="InvalidOperationException">it exits non-zero; the message has its output and the end of the server log, if any</exception>
    private static async Task Run(string directory, string program, string[] arguments, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = directory };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode == 0) return;
        var log = File.Exists(Path.Combine(directory, "server.log")) ? File.ReadAllText(Path.Combine(directory, "server.log")) : "";
        throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await output}{await error}\n{log[Math.Max(0, log.Length - 2000)..]}");
    }
}

/// <summary>The test classes that share one <see cref="PostgresServer"/>; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres";
}
