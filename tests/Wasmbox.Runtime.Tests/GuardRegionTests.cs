using System.Diagnostics;

namespace Wasmbox.Runtime.Tests;

/// <summary>
/// Bounds checks by guard region (the default where the process allows it): every access past the
/// memory's length faults and becomes the trap, precisely, and the same module behaves the same
/// with explicit checks.
/// </summary>
public sealed class GuardRegionTests
{
    private const string Guest = """
        (module
          (import "host" "reenter" (func $reenter (param i32) (result i32)))
          (memory (export "memory") 1)
          (func (export "load") (param i32) (result i32) (i32.load (local.get 0)))
          (func (export "load_far") (param i32) (result i64) (i64.load offset=4294967295 (local.get 0)))
          (func (export "store") (param i32 i32) (i32.store (local.get 0) (local.get 1)))
          (func (export "store_then_store") (param i32)
            (i32.store8 (i32.const 100) (i32.const 7))
            (i64.store (local.get 0) (i64.const -1))
            (i32.store8 (i32.const 101) (i32.const 8)))
          (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
          (func (export "via_host") (param i32) (result i32) (call $reenter (local.get 0)))
        )
        """;

    public static TheoryData<BoundsChecks> Modes() => [BoundsChecks.GuardRegion, BoundsChecks.Explicit];

    private static (Instance Instance, Store Store) Instantiate(BoundsChecks checks)
    {
        var engine = new Engine(EngineConfig.Default.WithBoundsChecks(checks));
        Assert.Equal(checks, engine.Config.BoundsChecks);
        var module = Module.FromBytes(engine, Wabt.Wat2Wasm(Guest, "--debug-names"));
        var linker = new Linker(engine);
        Instance? instance = null;
        linker.DefineFunction("host", "reenter", (int address) => instance!.GetFunction<int, int>("load")(address));
        var store = new Store(engine);
        instance = linker.Instantiate(store, module);
        return (instance, store);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void AccessesUpToTheLastByteWorkAndOnePastTraps(BoundsChecks checks)
    {
        var (instance, store) = Instantiate(checks);
        using var _ = store;
        var load = instance.GetFunction<int, int>("load");
        instance.GetFunction("store")!.Invoke(Value.I32(65532), Value.I32(0x01020304));
        Assert.Equal(0x01020304, load(65532));
        foreach (var address in new[] { 65533, 65536, int.MaxValue, -1 })
        {
            var trap = Assert.Throws<TrapException>(() => load(address));
            Assert.Equal(TrapKind.MemoryOutOfBounds, trap.Kind);
            Assert.Equal("load", trap.FunctionName);
        }
        // The largest address a 32-bit address and offset can form stays inside the reservation.
        Assert.Equal(TrapKind.MemoryOutOfBounds, Assert.Throws<TrapException>(() => instance.GetFunction<int, long>("load_far")(-1)).Kind);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void AStoreThatTrapsWritesNothingAndWhatCameBeforeItStays(BoundsChecks checks)
    {
        var (instance, store) = Instantiate(checks);
        using var _ = store;
        var memory = instance.GetMemory("memory")!;
        memory.WriteInt64(65528, 0x1122334455667788);
        // Eight bytes at 65532: four inside the memory, four past it. None may be written.
        Assert.Throws<TrapException>(() => instance.GetAction<int>("store_then_store")(65532));
        Assert.Equal(0x1122334455667788, memory.ReadInt64(65528));
        Assert.Equal(7, memory.ReadByte(100));
        Assert.Equal(0, memory.ReadByte(101));
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void GrowingMakesThePagesPastTheOldEndAccessible(BoundsChecks checks)
    {
        var (instance, store) = Instantiate(checks);
        using var _ = store;
        var load = instance.GetFunction<int, int>("load");
        Assert.Throws<TrapException>(() => load(70000));
        Assert.Equal(1, instance.GetFunction<int, int>("grow")(1));
        Assert.Equal(0, load(70000));
        Assert.Throws<TrapException>(() => load(131070));
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void AFaultInWasmCalledBackFromAHostFunctionIsStillAMemoryTrap(BoundsChecks checks)
    {
        var (instance, store) = Instantiate(checks);
        using var _ = store;
        var trap = Assert.Throws<TrapException>(() => instance.GetFunction<int, int>("via_host")(1 << 20));
        Assert.Equal(TrapKind.MemoryOutOfBounds, trap.Kind);
        Assert.Equal(["load", "via_host"], trap.WasmBacktrace);
    }

    [Fact]
    public void ThousandsOfFaultsLeaveTheProcessServing()
    {
        var (instance, store) = Instantiate(BoundsChecks.GuardRegion);
        using var _ = store;
        var load = instance.GetFunction<int, int>("load");
        for (var i = 0; i < 5_000; i++)
            Assert.Throws<TrapException>(() => load(65536 + i));
        instance.GetFunction("store")!.Invoke(Value.I32(8), Value.I32(99));
        Assert.Equal(99, load(8));
    }

    [Fact]
    public void AskingForGuardRegionsWhereTheProcessCannotUseThemIsRefusedWithTheReason()
    {
        var (status, error) = RunWithPolicyOff("(module (func (export \"f\")))", "--bounds-checks", "guard-region");
        Assert.Equal(1, status);
        Assert.Contains($"guard-region bounds checks cannot be used: the process was not started with {GuardRegionSupport.EnvironmentVariable}=1", error);
    }

    [Fact]
    public void WithoutThePolicyTheEngineChoosesExplicitChecksAndStillTraps()
    {
        var (status, error) = RunWithPolicyOff("(module (memory 1) (func (export \"f\") (result i32) (i32.load (i32.const 65536))))");
        Assert.Equal(134, status);
        Assert.Contains("wasmbox: trap: out of bounds memory access", error);
    }

    /// <summary>Runs `wasmbox run --invoke f` in a process started with the runtime's policy explicitly off.</summary>
    private static (int Status, string Error) RunWithPolicyOff(string wat, params string[] options)
    {
        var wasm = Path.Combine(Directory.CreateTempSubdirectory("wasmbox-guard-").FullName, "guest.wasm");
        File.WriteAllBytes(wasm, Wabt.Wat2Wasm(wat));
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "wasmbox.dll"), "run", "--no-cache", .. options, "--invoke", "f", wasm])
            { RedirectStandardError = true, RedirectStandardOutput = true };
        start.Environment[GuardRegionSupport.EnvironmentVariable] = "0";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, error);
    }
}
