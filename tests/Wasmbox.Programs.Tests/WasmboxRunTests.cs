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
        var workload = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Workloads", "shop.sql"));
        foreach (var directory in new[] { native, wasm }) directory.WriteFile("settings.sqliterc", "");

        var nativeOutcome = NativeRun.Run(RealProgram.Sqlite3, native.Path, ["-init", "settings.sqliterc", "shop.db"], workload);
        var wasmOutcome = WasmboxCommand.Run(["--dir", $"{wasm.Path}::.", RealProgram.Sqlite3.WasmPath,
            "-init", "settings.sqliterc", "shop.db"], workload, Environment.CurrentDirectory);

        SameBytes.Assert("stdout of `wasmbox run sqlite3`", nativeOutcome.Output, wasmOutcome.Output);
        SameBytes.Assert("stderr of `wasmbox run sqlite3`", nativeOutcome.Error, wasmOutcome.Error);
        Assert.Equal(0, wasmOutcome.ExitCode);
        Assert.Equal(DirectorySnapshot.Describe(native.Path), DirectorySnapshot.Describe(wasm.Path));
    }
}
