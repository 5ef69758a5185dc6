using System.Diagnostics;
using Wasmbox.Cli;

namespace Wasmbox.Runtime.Tests;

/// <summary>`wasmbox compile` and `wasmbox run` of compiled modules and through the cache, as a user runs them.</summary>
public sealed class CompileCommandTests : IDisposable
{
    private static readonly byte[] Guest = Wabt.Wat2Wasm("""
        (module
          (type $binary (func (param i32 i32) (result i32)))
          (table 2 funcref)
          (elem (i32.const 0) $add $sub)
          (func $add (type $binary) (i32.add (local.get 0) (local.get 1)))
          (func $sub (type $binary) (i32.sub (local.get 0) (local.get 1)))
          (func $boom (unreachable))
          (func (export "apply") (param i32 i32 i32) (result i32)
            (call_indirect (type $binary) (local.get 1) (local.get 2) (local.get 0)))
          (func (export "crash") (call $boom))
          (func (export "spin") (loop $forever (br $forever))))
        """, "--debug-names");

    private readonly string folder = Directory.CreateTempSubdirectory("wasmbox-compile-").FullName;
    private readonly string cache;
    private readonly string wasm;

    public CompileCommandTests()
    {
        cache = Path.Combine(folder, "cache");
        wasm = Path.Combine(folder, "guest.wasm");
        File.WriteAllBytes(wasm, Guest);
    }

    public void Dispose() => Directory.Delete(folder, true);

    private (int Status, string Output, string Error) Wasmbox(params string[] args)
    {
        // Every command here uses the test's own cache directory (and so its own key).
        var command = args[0];
        string[] withCache = command is "run" or "compile" ? [command, "--cache-dir", cache, .. args[1..]] : args;
        var output = new StringWriter();
        var error = new StringWriter();
        var status = Program.Dispatch(withCache, output, error);
        return (status, output.ToString(), error.ToString());
    }

    private string[] CacheEntries() => Directory.Exists(Path.Combine(cache, "modules")) ? Directory.GetFiles(Path.Combine(cache, "modules")) : [];

    [Fact]
    public void CompiledModuleRunsLikeTheWasm()
    {
        var compiled = Path.Combine(folder, "guest.cwasm");
        var (status, _, error) = Wasmbox("compile", wasm, "-o", compiled);
        Assert.Equal(0, status);
        Assert.Equal("", error);
        Assert.True(Module.IsSerialized(File.ReadAllBytes(compiled)));

        Assert.Equal((0, "12\n", ""), Wasmbox("run", "--no-cache", "--invoke", "apply", wasm, "0", "5", "7"));
        Assert.Equal((0, "12\n", ""), Wasmbox("run", "--invoke", "apply", compiled, "0", "5", "7"));
        Assert.Equal((0, "-2\n", ""), Wasmbox("run", "--invoke", "apply", compiled, "1", "5", "7"));
        var trap = Wasmbox("run", "--invoke", "crash", compiled);
        Assert.Equal(134, trap.Status);
        Assert.Contains("wasmbox: trap: unreachable", trap.Error);
        Assert.Contains("at boom", trap.Error);
    }

    [Fact]
    public void CompiledModulesRunWithATimeoutUnlessCompiledWithoutInterruptChecks()
    {
        var checkedCompiled = Path.Combine(folder, "checked.cwasm");
        Assert.Equal(0, Wasmbox("compile", wasm, "-o", checkedCompiled).Status);
        var stopped = Wasmbox("run", "--timeout", "100ms", "--invoke", "spin", checkedCompiled);
        Assert.Equal(134, stopped.Status);
        Assert.Contains("deadline exceeded", stopped.Error);

        var unchecked_ = Path.Combine(folder, "unchecked.cwasm");
        Assert.Equal(0, Wasmbox("compile", "--no-interrupt-checks", wasm, "-o", unchecked_).Status);
        Assert.Equal((0, "12\n", ""), Wasmbox("run", "--invoke", "apply", unchecked_, "0", "5", "7"));
        var refused = Wasmbox("run", "--timeout", "100ms", "--invoke", "spin", unchecked_);
        Assert.Equal(1, refused.Status);
        Assert.Contains("interruption checks are off in the compiled code but on in the engine", refused.Error);
        Assert.Contains("--timeout needs interruption checks compiled in", refused.Error);
    }

    [Fact]
    public void SecondRunOfAWasmUsesTheCache()
    {
        Assert.Equal((0, "12\n", ""), Wasmbox("run", "--invoke", "apply", wasm, "0", "5", "7"));
        var entry = Assert.Single(CacheEntries());
        var written = File.GetLastWriteTimeUtc(entry);
        var contents = File.ReadAllBytes(entry);

        Assert.Equal((0, "12\n", ""), Wasmbox("run", "--invoke", "apply", wasm, "0", "5", "7"));
        // Read, not written again: the same single entry, untouched.
        Assert.Equal(entry, Assert.Single(CacheEntries()));
        Assert.Equal(written, File.GetLastWriteTimeUtc(entry));
        Assert.Equal(contents, File.ReadAllBytes(entry));
    }

    [Fact]
    public void NoCacheLeavesNoEntry()
    {
        Assert.Equal((0, "12\n", ""), Wasmbox("run", "--no-cache", "--invoke", "apply", wasm, "0", "5", "7"));
        Assert.Empty(CacheEntries());
    }

    [Fact]
    public void TamperedCacheEntryIsRecompiledWithAWarning()
    {
        Wasmbox("run", "--invoke", "apply", wasm, "0", "5", "7");
        var entry = Assert.Single(CacheEntries());
        var bytes = File.ReadAllBytes(entry);
        bytes[^100] ^= 1;
        File.WriteAllBytes(entry, bytes);
        var (status, output, error) = Wasmbox("run", "--invoke", "apply", wasm, "0", "5", "7");
        Assert.Equal((0, "12\n"), (status, output));
        Assert.Contains("warning: cache entry", error);
        Assert.Contains("signature does not match", error);
        Assert.Equal((0, "12\n", ""), Wasmbox("run", "--invoke", "apply", wasm, "0", "5", "7"));
    }

    [Fact]
    public void FuelNeedsACompiledModuleWithFuel()
    {
        var plain = Path.Combine(folder, "plain.cwasm");
        var fuelled = Path.Combine(folder, "fuelled.cwasm");
        Assert.Equal(0, Wasmbox("compile", wasm, "-o", plain).Status);
        Assert.Equal(0, Wasmbox("compile", "--fuel", wasm, "-o", fuelled).Status);

        var refused = Wasmbox("run", "--fuel", "1000", "--invoke", "spin", plain);
        Assert.Equal(1, refused.Status);
        Assert.Contains("fuel metering is off in the compiled code but on in the engine", refused.Error);
        Assert.Contains("compile it with wasmbox compile --fuel", refused.Error);

        var starved = Wasmbox("run", "--fuel", "1000", "--invoke", "spin", fuelled);
        Assert.Equal(134, starved.Status);
        Assert.Contains("all fuel consumed (the --fuel limit of 1000 was reached)", starved.Error);

        var unmetered = Wasmbox("run", "--invoke", "apply", fuelled, "0", "1", "2");
        Assert.Equal(1, unmetered.Status);
        Assert.Contains("run it with --fuel N", unmetered.Error);
    }

    [Fact]
    public void CompiledModuleSignedWithAnotherKeyIsRefused()
    {
        var compiled = Path.Combine(folder, "guest.cwasm");
        var otherKey = Path.Combine(folder, "other.key");
        Assert.Equal(0, Wasmbox("compile", "--key", otherKey, wasm, "-o", compiled).Status);

        var refused = Wasmbox("run", "--invoke", "apply", compiled, "0", "5", "7");
        Assert.Equal(1, refused.Status);
        Assert.Contains("signature does not match the key", refused.Error);
        Assert.Contains("--key FILE", refused.Error);
        Assert.Equal((0, "12\n", ""), Wasmbox("run", "--key", otherKey, "--invoke", "apply", compiled, "0", "5", "7"));

        var missingKey = Wasmbox("run", "--key", Path.Combine(folder, "nowhere.key"), "--invoke", "apply", compiled, "0", "5", "7");
        Assert.Equal(1, missingKey.Status);
        Assert.Contains("cannot read the key to verify", missingKey.Error);
        Assert.False(File.Exists(Path.Combine(folder, "nowhere.key")));
    }

    [Fact]
    public void CorruptedCompiledModuleIsRefused()
    {
        var compiled = Path.Combine(folder, "guest.cwasm");
        Wasmbox("compile", wasm, "-o", compiled);
        var bytes = File.ReadAllBytes(compiled);
        File.WriteAllBytes(compiled, bytes[..(bytes.Length / 2)]);
        var (status, _, error) = Wasmbox("run", "--invoke", "apply", compiled, "0", "5", "7");
        Assert.Equal(1, status);
        Assert.Contains($"cannot run the compiled module {compiled}", error);
    }

    [Fact]
    public void InspectDescribesACompiledModule()
    {
        var compiled = Path.Combine(folder, "guest.cwasm");
        Wasmbox("compile", "--fuel", wasm, "-o", compiled);
        var (status, output, _) = Wasmbox("inspect", compiled);
        Assert.Equal(0, status);
        Assert.Contains("compiled module (format 3): by Wasmbox", output);
        Assert.Contains("compiled for: fuel on", output);
        Assert.Contains("bounds checks guard region, functions split over 11000 units", output);
        Assert.Contains("signed: yes", output);
        Assert.Contains("runs with this wasmbox: yes", output);
        Assert.Contains("apply: func", output);
        // A small module has no function RyuJIT would leave unoptimised: no native code for it.
        Assert.Contains("bytes (IL, which .NET compiles to machine code as it runs)", output);
    }

    [Fact]
    public void CompileRefusesInvalidModulesAndBadUsage()
    {
        var invalid = Path.Combine(folder, "invalid.wasm");
        File.WriteAllBytes(invalid, Wabt.Wat2Wasm("(module (func (result i32) (i64.const 1)))", "--no-check"));
        var (status, _, error) = Wasmbox("compile", invalid, "-o", Path.Combine(folder, "x.cwasm"));
        Assert.Equal(1, status);
        Assert.Contains("invalid module", error);
        Assert.False(File.Exists(Path.Combine(folder, "x.cwasm")));

        var missingOutput = Wasmbox("compile", wasm);
        Assert.Equal(2, missingOutput.Status);
        Assert.Contains("no output file given", missingOutput.Error);
    }

    [Fact]
    public void ModuleCompiledByAnotherProcessRunsHere()
    {
        // Another process numbers signatures its own way; the call_indirect checks must still hold here.
        var compiled = Path.Combine(folder, "guest.cwasm");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "wasmbox.dll"), "compile", "--cache-dir", cache, wasm, "-o", compiled])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using (var process = Process.Start(start)!)
        {
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, errors);
        }
        var engine = new Engine();
        Module.FromBytes(engine, Wabt.Wat2Wasm("(module (func (param i64)) (func (param i32 i32) (result i32) (local.get 0)))"));
        var module = Module.DeserializeFile(engine, compiled, ModuleSigningKey.Load(Path.Combine(cache, "key")));
        using var store = new Store(engine);
        var apply = new Linker(engine).Instantiate(store, module).GetFunction<int, int, int, int>("apply");
        Assert.Equal(12, apply(0, 5, 7));
        Assert.Equal(-2, apply(1, 5, 7));
        Assert.Equal((0, "-2\n", ""), Wasmbox("run", "--invoke", "apply", compiled, "1", "5", "7"));
    }
}
