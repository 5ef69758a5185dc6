using Wasmbox.Programs.Tests.Building;
using Wasmbox.Programs.Tests.Running;
using Wasmbox.Programs.Tests.Workloads;
using Wasmbox.Wasi.Tests;

namespace Wasmbox.Programs.Tests;

/// <summary>The real programs through the `wasmbox run` command, with pipes for stdio and a directory granted with --dir.</summary>
public sealed class WasmboxRunTests
{
    [Fact]
    public void Bzip2CompressesAPipeAsTheNativeBuildDoes()
    {
        var input = new SampleData(seed: 11).Text(2_000_000);
        using var directory = new TemporaryDirectory();

        var native = NativeRun.Run(RealProgram.Bzip2, directory.Path, ["-c"], input);
        var wasm = WasmboxCommand.Run([RealProgram.Bzip2.WasmPath, "-c"], input, directory.Path);

        SameBytes.Assert("stdout of `wasmbox run bzip2 -c`", native.Output, wasm.Output);
        Assert.Equal("", wasm.ErrorText);
        Assert.Equal(0, wasm.ExitCode);
    }

    [Fact]
    public void SqliteWritesItsDatabaseInTheGrantedDirectory()
    {
        using var native = new TemporaryDirectory();
        using var wasm = new TemporaryDirectory();
        foreach (var directory in new[] { native, wasm }) directory.WriteFile("settings.sqliterc", "");
        var script = """
            CREATE TABLE squares(n INTEGER PRIMARY KEY, square INTEGER, digits TEXT);
            WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < 5000)
            INSERT INTO squares SELECT n, n * n, length(n * n) FROM k;
            SELECT digits, count(*), sum(square) FROM squares GROUP BY digits ORDER BY digits;
            .backup squares-copy.db
            """u8.ToArray();
        string[] arguments = ["-init", "settings.sqliterc", "squares.db"];

        var nativeOutcome = NativeRun.Run(RealProgram.Sqlite3, native.Path, arguments, script);
        var wasmOutcome = WasmboxCommand.Run(["--dir", $"{wasm.Path}::.", RealProgram.Sqlite3.WasmPath, .. arguments],
            script, Environment.CurrentDirectory);

        SameBytes.Assert("stdout of `wasmbox run sqlite3`", nativeOutcome.Output, wasmOutcome.Output);
        SameBytes.Assert("stderr of `wasmbox run sqlite3`", nativeOutcome.Error, wasmOutcome.Error);
        Assert.Equal(0, wasmOutcome.ExitCode);
        Assert.Equal(DirectorySnapshot.Describe(native.Path), DirectorySnapshot.Describe(wasm.Path));
    }
}
