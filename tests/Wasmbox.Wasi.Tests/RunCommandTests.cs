using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Wasmbox.Wasi.Tests;

/// <summary>`wasmbox run` as a user runs it: a separate process, its exit status, its output.</summary>
public sealed class RunCommandTests : IDisposable
{
    private readonly TemporaryDirectory root = new();

    public void Dispose() => root.Dispose();

    private static GuestResult Wasmbox(string[] arguments, byte[]? input = null, IDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "wasmbox.dll"), "run", .. arguments])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = new MemoryStream();
        var error = new MemoryStream();
        var reading = Task.WhenAll(process.StandardOutput.BaseStream.CopyToAsync(output), process.StandardError.BaseStream.CopyToAsync(error));
        process.StandardInput.BaseStream.Write(input ?? []);
        process.StandardInput.Close();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"wasmbox run {string.Join(' ', arguments)} did not finish");
        }
        reading.GetAwaiter().GetResult();
        return new GuestResult(process.ExitCode, Encoding.UTF8.GetString(output.ToArray()), Encoding.UTF8.GetString(error.ToArray()));
    }

    [Fact]
    public void TheExitStatusIsTheGuestsAndOutputIsNotLost()
    {
        var result = Wasmbox([GuestPrograms.Wasm("exit"), "exit", "17"]);

        Assert.Equal(17, result.ExitCode);
        Assert.Equal("before exit\n", result.Output);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void DirectoriesAreGrantedReadWriteOrReadOnly()
    {
        var writable = root.CreateDirectory("writable");
        var readOnly = root.CreateDirectory("readonly");

        var granted = Wasmbox(["--dir", $"{writable}::.", GuestPrograms.Wasm("directories")]);
        var refused = Wasmbox(["--dir-ro", $"{readOnly}::.", GuestPrograms.Wasm("directories")]);
        var nothing = Wasmbox([GuestPrograms.Wasm("directories")]);

        Assert.Contains("mkdir tree: OK", granted.Output);
        Assert.Equal("tree/\ntree/a.txt: alpha", root.Describe("writable"));
        Assert.Contains("mkdir tree: EROFS", refused.Output);
        Assert.Equal("", root.Describe("readonly"));
        Assert.Contains("mkdir tree: ENOTCAPABLE", nothing.Output);
    }

    [Fact]
    public void PreopenedDirectoriesAreNamedAsGrantedInOrder()
    {
        root.CreateDirectory("data");
        root.CreateDirectory("config");
        var result = Wasmbox(["--dir", "data", "--dir-ro", "config::/etc/app", "--dir=.::/", GuestPrograms.Wasm("preopens")],
            workingDirectory: root.Path);

        Assert.Equal("3: data (read-write)\n4: /etc/app (read-only)\n5: / (read-write)\n", result.Output);
    }

    [Fact]
    public void EnvironmentVariablesAreSetOrPassedOnByName()
    {
        var result = Wasmbox(["--env", "GREETING=hi there", "--env", "FROM_HOST", "--env", "NOT_ON_HOST",
            GuestPrograms.Wasm("arguments"), "GREETING", "FROM_HOST", "NOT_ON_HOST", "HOME"],
            environment: new Dictionary<string, string> { ["FROM_HOST"] = "inherited" });

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("environment: 2 variable(s)\n", result.Output);
        Assert.Contains("getenv(GREETING): hi there\n", result.Output);
        Assert.Contains("getenv(FROM_HOST): inherited\n", result.Output);
        Assert.Contains("getenv(NOT_ON_HOST): (unset)\n", result.Output);
        Assert.Contains("getenv(HOME): (unset)\n", result.Output);
    }

    [Fact]
    public void ArgumentsAfterTheModuleGoToTheGuestEvenWhenTheyLookLikeOptions()
    {
        var result = Wasmbox([GuestPrograms.Wasm("arguments"), "--dir", "/", "-x"]);

        Assert.Contains("argc: 4\nargv[1]: \"--dir\"\nargv[2]: \"/\"\nargv[3]: \"-x\"\n", result.Output);
    }

    [Fact]
    public void StdinIsTheGuestsStdin()
    {
        var result = Wasmbox([GuestPrograms.Wasm("cat")], input: "one\ntwo\n"u8.ToArray());

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("ONE\nTWO\n", result.Output);
        Assert.Equal("2 lines, 8 bytes\n", result.Error);
    }

    [Fact]
    public async Task AGuestWritingIntoAClosedPipeSeesTheError()
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "wasmbox.dll"), "run", GuestPrograms.Wasm("cat")])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var feeding = Task.Run(() =>
        {
            try
            {
                var line = Encoding.ASCII.GetBytes(new string('x', 1000) + "\n");
                for (var i = 0; i < 10_000; i++) process.StandardInput.BaseStream.Write(line);
                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // the guest stopped reading
            }
        });
        Assert.Equal(new string('X', 1000), process.StandardOutput.ReadLine());
        process.StandardOutput.Close(); // like `| head -1`
        Assert.True(process.WaitForExit(60_000));
        await feeding;

        Assert.Equal(2, process.ExitCode); // cat's status when write() fails
        Assert.Equal("", await error);
    }

    [Fact]
    public void OutputAppendedToAFileLandsAtItsEnd()
    {
        var log = root.WriteFile("log.txt", "first\n");
        var shell = Process.Start(new ProcessStartInfo("sh", ["-c",
            $"dotnet '{Path.Combine(AppContext.BaseDirectory, "wasmbox.dll")}' run '{GuestPrograms.Wasm("exit")}' exit 0 >> '{log}'; echo last >> '{log}'"]))!;
        shell.WaitForExit();

        Assert.Equal("first\nbefore exit\nlast\n", File.ReadAllText(log));
    }

    [Fact]
    public void ATrapPrintsTheReasonAndBacktraceAndExits134()
    {
        var result = Wasmbox([GuestPrograms.Wasm("exit"), "trap"]);

        Assert.Equal(134, result.ExitCode);
        Assert.Equal("before trap\n", result.Output);
        Assert.StartsWith("wasmbox: trap: out of bounds memory access\n    at ", result.Error);
        Assert.Contains("    at _start", result.Error);
    }

    [Fact]
    public void ModulesThatCannotRunSayWhy()
    {
        var garbage = root.WriteFile("garbage.wasm", "not wasm");
        var unknownImport = root.Combine("import.wasm");
        File.WriteAllBytes(unknownImport, Wat.ToWasm("""(module (import "env" "missing" (func)) (func (export "_start")))"""));
        var wrongType = root.Combine("wrong.wasm");
        File.WriteAllBytes(wrongType, Wat.ToWasm("""(module (import "wasi_snapshot_preview1" "fd_write" (func (param i32))) (func (export "_start")))"""));

        var malformed = Wasmbox([garbage]);
        var unlinkable = Wasmbox([unknownImport]);
        var mistyped = Wasmbox([wrongType]);
        var missing = Wasmbox([root.Combine("absent.wasm")]);
        var noDirectory = Wasmbox(["--dir", root.Combine("absent"), GuestPrograms.Wasm("exit")]);

        Assert.Equal(1, malformed.ExitCode);
        Assert.StartsWith($"wasmbox: cannot decode {garbage}: ", malformed.Error);
        Assert.Equal(1, unlinkable.ExitCode);
        Assert.Contains("cannot link", unlinkable.Error);
        Assert.Contains("env.missing", unlinkable.Error);
        Assert.Equal(1, mistyped.ExitCode);
        Assert.Contains("wasi_snapshot_preview1.fd_write", mistyped.Error);
        Assert.Equal(1, missing.ExitCode);
        Assert.StartsWith("wasmbox: cannot read", missing.Error);
        Assert.Equal(1, noDirectory.ExitCode);
        Assert.StartsWith($"wasmbox: cannot open directory {root.Combine("absent")}", noDirectory.Error);
    }

    [Fact]
    public void BadOptionsShowTheUsage()
    {
        var unknown = Wasmbox(["--frobnicate", "x.wasm"]);
        var incomplete = Wasmbox(["--dir"]);

        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("unknown option --frobnicate", unknown.Error);
        Assert.Contains("--dir-ro HOST[::GUEST]", unknown.Error);
        Assert.Equal(2, incomplete.ExitCode);
        Assert.Contains("--dir needs HOST[::GUEST]", incomplete.Error);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void ARunLeavesItsStartupProfileInTheCacheForTheNext()
    {
        var cache = root.Combine("cache");
        var profile = Path.Combine(cache, "startup", "run.jitprofile");

        var first = Wasmbox(["--cache-dir", cache, GuestPrograms.Wasm("exit"), "exit", "0"]);
        var recorded = new FileInfo(profile).Length;
        var second = Wasmbox(["--cache-dir", cache, GuestPrograms.Wasm("exit"), "exit", "0"]);

        Assert.Equal((0, "before exit\n", ""), (first.ExitCode, first.Output, first.Error));
        Assert.True(recorded > 0, "the first run wrote no profile");
        Assert.Equal((0, "before exit\n", ""), (second.ExitCode, second.Output, second.Error));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(cache));
    }

    [Fact]
    public void ARunWithoutTheCacheWritesNoStartupProfile()
    {
        var cache = root.Combine("unused");

        var result = Wasmbox(["--no-cache", "--cache-dir", cache, GuestPrograms.Wasm("exit"), "exit", "0"]);

        Assert.Equal(0, result.ExitCode);
        Assert.False(Directory.Exists(Path.Combine(cache, "startup")));
    }

    [Fact]
    public void InvokeCallsAnExportWithTypedArguments()
    {
        var module = root.Combine("add.wasm");
        File.WriteAllBytes(module, Wat.ToWasm("""
            (module (func (export "add") (param i64 i32) (result i64) (i64.add (local.get 0) (i64.extend_i32_s (local.get 1)))))
            """));

        var result = Wasmbox(["--invoke", "add", module, "40000000000", "-2"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("39999999998\n", result.Output);
    }

    [Fact]
    public void TcpListenGrantsASocketTheGuestAcceptsOn()
    {
        int port;
        using (var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp))
        {
            probe.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            port = ((IPEndPoint)probe.LocalEndPoint!).Port;
        }
        string? reply = null;
        var client = new Thread(() =>
        {
            for (var attempt = 0; attempt < 200 && reply is null; attempt++)
            {
                try
                {
                    using var connection = new TcpClient();
                    connection.Connect(IPAddress.Loopback, port);
                    connection.GetStream().Write("ping\n"u8);
                    reply = new StreamReader(connection.GetStream()).ReadToEnd();
                }
                catch (SocketException)
                {
                    Thread.Sleep(50); // wasmbox is still starting
                }
            }
        });
        client.Start();
        var result = Wasmbox(["--tcplisten", $"127.0.0.1:{port}", GuestPrograms.Wasm("echo_server")]);
        client.Join();

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("PING\n", reply);
    }
}
