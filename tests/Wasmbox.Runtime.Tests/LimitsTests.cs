using System.Diagnostics;

namespace Wasmbox.Runtime.Tests;

/// <summary>Fuel, deadlines, interruption, call depth and store resource limits, as an embedder uses them.</summary>
public sealed class LimitsTests
{
    private static readonly byte[] Spinner = Wabt.Wat2Wasm("""
        (module
          (func (export "spin") (loop $forever (br $forever)))
          (func (export "three") (result i32) (i32.add (i32.const 1) (i32.const 2)))
          (func $down (export "down") (param i32) (result i32)
            (if (result i32) (i32.eqz (local.get 0)) (then (i32.const 0))
              (else (call $down (i32.sub (local.get 0) (i32.const 1)))))))
        """);

    private static (Store Store, Instance Instance) Start(EngineConfig config, StoreLimits? limits = null, byte[]? wasm = null)
    {
        var engine = new Engine(config);
        var store = new Store(engine, limits: limits);
        return (store, new Linker(engine).Instantiate(store, Module.FromBytes(engine, wasm ?? Spinner)));
    }

    [Fact]
    public void FuelIsChargedPerInstructionAndReadableAfterTheCall()
    {
        var (store, instance) = Start(EngineConfig.Default.WithFuel(true));
        store.SetFuel(1_000);
        Assert.Equal(3, instance.GetFunction<int>("three")());
        Assert.Equal(3UL, store.FuelConsumed);
        Assert.Equal(997UL, store.FuelRemaining);
    }

    [Fact]
    public void FuelCostTableChangesWhatAnInstructionCosts()
    {
        var costs = FuelCostTable.Default.With(Binary.Opcode.I32Add, 10);
        var (store, instance) = Start(EngineConfig.Default.WithFuel(true, costs));
        store.SetFuel(100);
        instance.GetFunction<int>("three")();
        Assert.Equal(12UL, store.FuelConsumed);
    }

    [Fact]
    public void FuelCostTableKeepsEveryOtherCostWhenOneChanges()
    {
        var original = FuelCostTable.Default;
        // Before, between and after the opcodes the default table lists, and one it lists.
        var changed = original.With(Binary.Opcode.Unreachable, 7).With(Binary.Opcode.If, 8).With(Binary.Opcode.I32x4Add, 9).With(Binary.Opcode.Block, 4);

        Assert.Equal([7, 0, 4, 0, 8, 0, 0, 0, 9, 1, 1],
            new[] { Binary.Opcode.Unreachable, Binary.Opcode.Nop, Binary.Opcode.Block, Binary.Opcode.Loop, Binary.Opcode.If, Binary.Opcode.Else,
                Binary.Opcode.End, Binary.Opcode.Drop, Binary.Opcode.I32x4Add, Binary.Opcode.I32Add, Binary.Opcode.Call }.Select(changed.CostOf));
        Assert.Equal(1, original.CostOf(Binary.Opcode.Unreachable));
        Assert.Equal(0, original.CostOf(Binary.Opcode.Block));
        Assert.Equal(
            original.With(Binary.Opcode.I32x4Add, 9).With(Binary.Opcode.If, 8).ContentHash(),
            original.With(Binary.Opcode.If, 8).With(Binary.Opcode.I32x4Add, 9).ContentHash());
        Assert.Equal(original.ContentHash(), original.With(Binary.Opcode.I32Add, 5).With(Binary.Opcode.I32Add, 1).ContentHash());
        Assert.Throws<ArgumentOutOfRangeException>(() => original.With(Binary.Opcode.I32Add, -1));
    }

    [Fact]
    public void RunningOutOfFuelTrapsAndMoreFuelLetsTheStoreRunAgain()
    {
        var (store, instance) = Start(EngineConfig.Default.WithFuel(true));
        store.SetFuel(10_000);
        var trap = Assert.Throws<TrapException>(() => instance.GetAction("spin")());
        Assert.Equal(TrapKind.OutOfFuel, trap.Kind);
        Assert.Equal("all fuel consumed", trap.Reason);
        Assert.Equal(0UL, store.FuelRemaining);
        Assert.InRange(store.FuelConsumed, 10_000UL, 10_001UL);
        store.AddFuel(100);
        Assert.Equal(3, instance.GetFunction<int>("three")());
    }

    [Fact]
    public void FuelNeedsAnEngineThatMetersIt()
    {
        var (store, _) = Start(EngineConfig.Default);
        var error = Assert.Throws<InvalidOperationException>(() => store.SetFuel(1));
        Assert.Contains("WithFuel", error.Message);
    }

    [Fact]
    public void DeadlineStopsATightLoopWithoutCalls()
    {
        var (store, instance) = Start(EngineConfig.Default);
        store.SetDeadline(TimeSpan.FromMilliseconds(50));
        var clock = Stopwatch.StartNew();
        var trap = Assert.Throws<TrapException>(() => instance.GetAction("spin")());
        Assert.Equal(TrapKind.DeadlineExceeded, trap.Kind);
        Assert.Equal("deadline exceeded", trap.Reason);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.Throws<TrapException>(() => instance.GetFunction<int>("three")());
        store.ClearDeadline();
        Assert.Equal(3, instance.GetFunction<int>("three")());
    }

    [Fact]
    public void InterruptFromAnotherThreadStopsTheGuestOnce()
    {
        var (store, instance) = Start(EngineConfig.Default);
        var spin = instance.GetAction("spin");
        using var started = new ManualResetEventSlim();
        TrapException? trap = null;
        var worker = new Thread(() =>
        {
            started.Set();
            try { spin(); } catch (TrapException e) { trap = e; }
        });
        worker.Start();
        started.Wait();
        Thread.Sleep(20);
        store.Interrupt();
        Assert.True(worker.Join(TimeSpan.FromSeconds(10)), "the interrupted guest did not stop");
        Assert.Equal(TrapKind.Interrupted, trap!.Kind);
        Assert.Equal(3, instance.GetFunction<int>("three")());
    }

    [Fact]
    public void DeadlineStopsRecursionWithoutLoops()
    {
        // Exponential recursion with no loop: only the check at function entry can stop it.
        var wasm = Wabt.Wat2Wasm("""
            (module (func $f (export "f") (param i32) (result i32)
              (if (result i32) (i32.eqz (local.get 0)) (then (i32.const 1))
                (else (i32.add (call $f (i32.sub (local.get 0) (i32.const 1)))
                               (call $f (i32.sub (local.get 0) (i32.const 1))))))))
            """);
        var (store, instance) = Start(EngineConfig.Default, wasm: wasm);
        var f = instance.GetFunction<int, int>("f");
        Assert.Equal(1024, f(10));
        store.SetDeadline(TimeSpan.FromMilliseconds(100));
        Assert.Equal(TrapKind.DeadlineExceeded, Assert.Throws<TrapException>(() => f(60)).Kind);
        store.ClearDeadline();
        Assert.Equal(1024, f(10));
    }

    [Fact]
    public void InterruptionCanBeCompiledOut()
    {
        var (store, instance) = Start(EngineConfig.Default.WithInterruptible(false));
        store.Interrupt();
        Assert.Equal(3, instance.GetFunction<int>("three")());
    }

    [Fact]
    public void MaxCallDepthBoundsRecursion()
    {
        var (_, instance) = Start(EngineConfig.Default.WithMaxCallDepth(100));
        var down = instance.GetFunction<int, int>("down");
        Assert.Equal(0, down(98));
        var trap = Assert.Throws<TrapException>(() => down(100));
        Assert.Equal(TrapKind.CallStackExhausted, trap.Kind);
        Assert.Equal(0, down(98));
    }

    [Fact]
    public void HostFunctionsCallingBackIntoWasmCountTowardsTheDepth()
    {
        var engine = new Engine(EngineConfig.Default.WithMaxCallDepth(50));
        var store = new Store(engine);
        var linker = new Linker(engine);
        Function? reenter = null;
        var hostCalls = 0;
        linker.DefineFunction("host", "reenter", (int n) =>
        {
            hostCalls++;
            return reenter!.Invoke(Value.I32(n))[0].AsI32();
        });
        var instance = linker.Instantiate(store, Module.FromBytes(engine, Wabt.Wat2Wasm("""
            (module (import "host" "reenter" (func $host (param i32) (result i32)))
              (func (export "bounce") (param i32) (result i32) (call $host (i32.add (local.get 0) (i32.const 1)))))
            """)));
        reenter = instance.GetFunction("bounce");
        var trap = Assert.Throws<TrapException>(() => reenter!.Invoke(Value.I32(0)));
        Assert.Equal(TrapKind.CallStackExhausted, trap.Kind);
        Assert.InRange(hostCalls, 45, 55);
    }

    [Fact]
    public void MemoryGrowPastTheStoreLimitReturnsMinusOne()
    {
        var wasm = Wabt.Wat2Wasm("(module (memory 1) (func (export \"grow\") (param i32) (result i32) (memory.grow (local.get 0))))");
        var (store, instance) = Start(EngineConfig.Default, StoreLimits.Unlimited.WithMaxMemoryBytes(3 * 65536), wasm);
        var grow = instance.GetFunction<int, int>("grow");
        Assert.Equal(1, grow(2));
        Assert.Equal(-1, grow(1));
        Assert.Equal(3UL * 65536, store.MemoryBytes);
    }

    [Fact]
    public void InstantiationPastTheMemoryLimitNamesTheLimit()
    {
        var engine = new Engine();
        var store = new Store(engine, limits: StoreLimits.Unlimited.WithMaxMemoryBytes(65536));
        var module = Module.FromBytes(engine, Wabt.Wat2Wasm("(module (memory 2))"));
        var error = Assert.Throws<ResourceLimitException>(() => new Linker(engine).Instantiate(store, module));
        Assert.Contains("memory limit of 65536 bytes", error.Message);
    }

    [Fact]
    public void TableLimitsHoldForGrowAndInstantiation()
    {
        var limits = StoreLimits.Unlimited.WithMaxTableElements(10);
        var wasm = Wabt.Wat2Wasm("(module (table 5 funcref) (func (export \"grow\") (param i32) (result i32) (table.grow 0 (ref.null func) (local.get 0))))");
        var (_, instance) = Start(EngineConfig.Default, limits, wasm);
        var grow = instance.GetFunction<int, int>("grow");
        Assert.Equal(5, grow(5));
        Assert.Equal(-1, grow(1));

        var engine = new Engine();
        var error = Assert.Throws<ResourceLimitException>(() =>
            new Linker(engine).Instantiate(new Store(engine, limits: limits), Module.FromBytes(engine, Wabt.Wat2Wasm("(module (table 20 funcref))"))));
        Assert.Contains("table limit of 10 elements", error.Message);
    }

    [Fact]
    public void InstanceCountPerStoreIsBounded()
    {
        var engine = new Engine();
        var store = new Store(engine, limits: StoreLimits.Unlimited.WithMaxInstances(2));
        var module = Module.FromBytes(engine, Spinner);
        var linker = new Linker(engine);
        linker.Instantiate(store, module);
        linker.Instantiate(store, module);
        var error = Assert.Throws<ResourceLimitException>(() => linker.Instantiate(store, module));
        Assert.Contains("at most 2 instances", error.Message);
    }
}
