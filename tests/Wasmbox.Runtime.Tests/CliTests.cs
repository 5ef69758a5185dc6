using Wasmbox.Cli;

namespace Wasmbox.Runtime.Tests;

/// <summary>The `wasmbox` commands as a user runs them: output, errors and exit status.</summary>
public sealed class CliTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("wasmbox-cli-").FullName;

    public void Dispose() => Directory.Delete(folder, true);

    private string WriteModule(string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static (int Status, string Output, string Error) Wasmbox(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var status = Program.Dispatch(args, output, error);
        return (status, output.ToString(), error.ToString());
    }

    [Fact]
    public void ValidateAcceptsAValidModule()
    {
        var path = WriteModule("ok.wasm", Wabt.Wat2Wasm("(module (func (export \"f\") (result i32) (i32.const 1)))"));
        var (status, output, _) = Wasmbox("validate", path);
        Assert.Equal(0, status);
        Assert.Contains("valid", output);
    }

    [Fact]
    public void ValidateRefusesAnInvalidModuleWithTheReason()
    {
        var path = WriteModule("bad.wasm", Wabt.Wat2Wasm("(module (func (result i32) (i64.const 1)))", "--no-check"));
        var (status, _, error) = Wasmbox("validate", path);
        Assert.Equal(1, status);
        Assert.Contains("invalid module", error);
        Assert.Contains("type mismatch", error);
    }

    [Fact]
    public void ValidateRefusesGarbageWithTheOffset()
    {
        var path = WriteModule("garbage.wasm", "\0asm\u0001\0\0\0\u0001\u00ff"u8.ToArray());
        var (status, _, error) = Wasmbox("validate", path);
        Assert.Equal(1, status);
        Assert.Contains("malformed module", error);
        Assert.Contains("at offset 0x", error);
    }

    [Fact]
    public void InspectListsImportsExportsAndSections()
    {
        var path = WriteModule("api.wasm", Wabt.Guest("api"));
        var (status, output, _) = Wasmbox("inspect", path);
        Assert.Equal(0, status);
        Assert.Contains("host.add: func (i32, i32) -> (i32)", output);
        Assert.Contains("fac: func fac (i64) -> (i64)", output);
        Assert.Contains("code", output);
        Assert.Contains("functions: 15 (2 imported, 13 defined)", output);
    }

    [Fact]
    public void RunInvokesAnExportAndPrintsResults()
    {
        var path = WriteModule("fac.wasm", Wabt.Wat2Wasm("""
            (module (func $fac (export "fac") (param i64) (result i64)
              (if (result i64) (i64.eqz (local.get 0)) (then (i64.const 1))
                (else (i64.mul (local.get 0) (call $fac (i64.sub (local.get 0) (i64.const 1))))))))
            """));
        var (status, output, _) = Wasmbox("run", "--invoke", "fac", path, "20");
        Assert.Equal(0, status);
        Assert.Equal("2432902008176640000", output.Trim());
    }

    [Fact]
    public void RunReportsATrapWithBacktraceAndDistinctStatus()
    {
        var path = WriteModule("trap.wasm", Wabt.Wat2Wasm("(module (func $inner unreachable) (func (export \"_start\") call $inner))", "--debug-names"));
        var (status, _, error) = Wasmbox("run", path);
        Assert.Equal(134, status);
        Assert.Contains("wasmbox: trap: unreachable", error);
        Assert.Contains("at inner", error);
    }

    [Fact]
    public void RunRefusesBadArgumentsClearly()
    {
        var path = WriteModule("id.wasm", Wabt.Wat2Wasm("(module (func (export \"id\") (param i32) (result i32) (local.get 0)))"));
        var (status, _, error) = Wasmbox("run", "--invoke", "id", path, "seven");
        Assert.Equal(2, status);
        Assert.Contains("\"seven\" is not a valid i32", error);
    }

    [Fact]
    public void WastReportsCountsAndFailsOnAFailure()
    {
        var script = Path.Combine(folder, "mini.wast");
        File.WriteAllText(script, """
            (module (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1))))
            (assert_return (invoke "add" (i32.const 1) (i32.const 2)) (i32.const 3))
            (assert_return (invoke "add" (i32.const 1) (i32.const 2)) (i32.const 4))
            """);
        var (status, output, _) = Wasmbox("wast", script);
        Assert.Equal(1, status);
        Assert.EndsWith("2 passed, 1 failed, 0 skipped", output.Trim());
    }

    [Fact]
    public void WastRunsBareActionsWhateverTheyReturn()
    {
        // A top-level (invoke ...) only runs the function: its results are not checked, but a trap is a failure.
        var script = Path.Combine(folder, "actions.wast");
        File.WriteAllText(script, """
            (module
              (func (export "one") (result i32) (i32.const 1))
              (func (export "pair") (result i64 f32) (i64.const 2) (f32.const 3))
              (func (export "nothing"))
              (func (export "crash") (unreachable)))
            (invoke "one")
            (invoke "pair")
            (invoke "nothing")
            (invoke "crash")
            """);
        var (status, output, _) = Wasmbox("wast", script);
        Assert.Equal(1, status);
        Assert.Contains("line 9: action: trapped: unreachable", output);
        Assert.EndsWith("4 passed, 1 failed, 0 skipped", output.Trim());
    }

    private string Spinner() => WriteModule("spin.wasm", Wabt.Wat2Wasm("""
        (module (memory 1)
          (func (export "_start") (loop $l (br $l)))
          (func $rec (export "rec") (param i32) (result i32) (call $rec (local.get 0)))
          (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0))))
        """, "--debug-names"));

    [Fact]
    public void RunStopsAGuestAtItsFuelLimitAndSaysSo()
    {
        var (status, _, error) = Wasmbox("run", "--fuel", "100000", Spinner());
        Assert.Equal(134, status);
        Assert.Contains("wasmbox: trap: all fuel consumed (the --fuel limit of 100000 was reached)", error);
    }

    [Fact]
    public void RunStopsAGuestAtItsTimeout()
    {
        var (status, _, error) = Wasmbox("run", "--timeout", "200ms", Spinner());
        Assert.Equal(134, status);
        Assert.Contains("deadline exceeded (the --timeout of 200 ms passed)", error);
    }

    [Fact]
    public void RunFoldsRecursionInTheBacktraceAndNamesTheStackLimit()
    {
        var (status, _, error) = Wasmbox("run", "--max-stack", "256KiB", "--invoke", "rec", Spinner(), "1");
        Assert.Equal(134, status);
        Assert.Contains("the Wasm stack limit of 256 KiB was reached; raise it with --max-stack", error);
        Assert.Matches(@"at rec \(\d+ frames\)", error);
    }

    [Fact]
    public void RunHoldsMemoryToMaxMemory()
    {
        var module = Spinner();
        Assert.Equal("1", Wasmbox("run", "--max-memory", "128KiB", "--invoke", "grow", module, "1").Output.Trim());
        Assert.Equal("-1", Wasmbox("run", "--max-memory", "128KiB", "--invoke", "grow", module, "2").Output.Trim());
        var (status, _, error) = Wasmbox("run", "--max-memory", "32KiB", "--invoke", "grow", module, "1");
        Assert.Equal(1, status);
        Assert.Contains("memory limit of 32768 bytes exceeded", error);
    }

    [Theory]
    [InlineData("--fuel", "lots", "expected a positive whole number")]
    [InlineData("--timeout", "soon", "expected a duration")]
    [InlineData("--max-memory", "big", "expected a size")]
    public void RunRefusesBadLimitValues(string option, string value, string message)
    {
        var (status, _, error) = Wasmbox("run", option, value, Spinner());
        Assert.Equal(2, status);
        Assert.Contains(message, error);
    }

    [Fact]
    public void RunWithASnapshotInitializesOnceAndStartsFromTheSavedFileAfterwards()
    {
        var module = WriteModule("table.wasm", CGuests.Reactor("snapshot_table"));
        var snapshot = Path.Combine(folder, "table.snapshot");
        var first = Wasmbox("run", "--snapshot", snapshot, "--invoke", "handle", module, "27");
        Assert.Equal((0, "111\n"), (first.Status, first.Output));
        Assert.Contains($"saved the snapshot to {snapshot}", first.Error);
        Assert.True(File.Exists(snapshot));

        var again = Wasmbox("run", "--snapshot", snapshot, "--invoke", "initializations", module);
        Assert.Equal((0, "1\n", ""), again);
    }

    [Fact]
    public void RunWithASnapshotRefusesAnInitializerThatReadsTheEnvironment()
    {
        var module = WriteModule("environ.wasm", Wabt.Wat2Wasm("""
            (module
              (import "wasi_snapshot_preview1" "environ_sizes_get" (func $sizes (param i32 i32) (result i32)))
              (memory (export "memory") 1)
              (func (export "wizer.initialize") (drop (call $sizes (i32.const 0) (i32.const 4))))
              (func (export "f") (result i32) (i32.const 1)))
            """));
        var snapshot = Path.Combine(folder, "environ.snapshot");
        var (status, _, error) = Wasmbox("run", "--snapshot", snapshot, "--env", "NAME=x", "--invoke", "f", module);
        Assert.Equal(1, status);
        Assert.Contains("wasi_snapshot_preview1.environ_sizes_get", error);
        Assert.Contains("arguments and environment differ per instance", error);
        Assert.False(File.Exists(snapshot));
    }
}
