using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Wasmbox.Testing;

/// <summary>
/// A real <c>redis-server</c> (Debian's package, which scripts/install-prerequisites installs) on a
/// free loopback port, in a directory of its own, started and stopped by the tests rather than
/// relying on a system service. Without persistence by default; with <c>appendonly</c> (fsync on
/// every write) it can be killed and started again over the same files. Shared by the Dapr and the
/// Host tests (the Host project links this file).
/// </summary>
public sealed class RedisServer : IDisposable
{
    private readonly bool appendOnly;
    private Process? process;

    /// <summary>A server without persistence, as the tests of one collection share it.</summary>
    public RedisServer() : this(appendOnly: false) { }

    /// <summary>A server that writes every change to its append-only file before it answers, so it can be killed and started again.</summary>
    public static RedisServer Persistent() => new(appendOnly: true);

    private RedisServer(bool appendOnly)
    {
        this.appendOnly = appendOnly;
        Directory = System.IO.Directory.CreateTempSubdirectory("wasmbox-redis-").FullName;
        Port = FreePort();
        Start();
    }

    public int Port { get; }
    public string Directory { get; }

    /// <summary>The server as Dapr's <c>redisHost</c> metadata names it.</summary>
    public string Host => $"127.0.0.1:{Port}";

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static string Executable() =>
        new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("redis-server is not installed: run scripts/install-prerequisites (Debian package redis-server)");

    /// <summary>Starts the server (again, after <see cref="Kill"/>, over the same directory and port).</summary>
    public void Start()
    {
        var start = new ProcessStartInfo(Executable()) { UseShellExecute = false, WorkingDirectory = Directory };
        foreach (var argument in new[]
                 {
                     "--port", Port.ToString(), "--bind", "127.0.0.1", "--dir", Directory, "--logfile", "redis.log",
                     "--save", "", "--appendonly", appendOnly ? "yes" : "no", "--appendfsync", "always", "--daemonize", "no",
                 })
            start.ArgumentList.Add(argument);
        process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start");
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!Answers())
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
                throw new InvalidOperationException($"redis-server on port {Port} did not come up: {Log()}");
            Thread.Sleep(20);
        }
    }

    /// <summary>Sends one command in Redis's inline form and returns the first line of the answer (or null when nothing answers).</summary>
    public string? Command(string command)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, Port);
            client.ReceiveTimeout = 5000;
            using var stream = client.GetStream();
            stream.Write(Encoding.ASCII.GetBytes(command + "\r\n"));
            using var reader = new StreamReader(stream, Encoding.ASCII);
            return reader.ReadLine();
        }
        catch (SocketException) { return null; }
        catch (IOException) { return null; }
    }

    private bool Answers() => Command("PING") == "+PONG";

    /// <summary>Empties every database, so the tests of a collection do not see each other's keys and groups.</summary>
    public void FlushAll()
    {
        var answer = Command("FLUSHALL");
        if (answer != "+OK") throw new InvalidOperationException($"FLUSHALL answered {answer}");
    }

    private string Log()
    {
        var path = Path.Combine(Directory, "redis.log");
        return File.Exists(path) ? File.ReadAllText(path) : "(no log)";
    }

    /// <summary>Kills the server at once (SIGKILL), as a crash would: only what it had written survives.</summary>
    public void Kill()
    {
        if (process is null) return;
        if (!process.HasExited) process.Kill();
        process.WaitForExit();
        process.Dispose();
        process = null;
    }

    public void Dispose()
    {
        Kill();
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
