using System.Runtime.Intrinsics;
using Wasmbox.Runtime.Compilation;

namespace Wasmbox.Runtime.Tests;

/// <summary>
/// Small innermost loops compiled several iterations per pass: the same results, memory, traps,
/// backtraces and fuel as one iteration per pass, for every trip count, and still interruptible.
/// </summary>
public sealed class LoopUnrollingTests
{
    private static readonly byte[] Loops = Wabt.Wat2Wasm("""
        (module
          (memory (export "memory") 1)
          ;; A counted loop as clang emits it: pointer and counter stepped, br_if on the counter.
          (func (export "sum_squares") (param $n i32) (result i32)
            (local $i i32) (local $sum i32)
            (loop $next
              (local.set $sum (i32.add (local.get $sum) (i32.mul (local.get $i) (local.get $i))))
              (local.set $i (i32.add (local.get $i) (i32.const 1)))
              (br_if $next (i32.lt_u (local.get $i) (local.get $n))))
            (local.get $sum))
          ;; Leaves early from the middle of the body, to a block outside the loop.
          (func (export "find") (param $n i32) (param $needle i32) (result i32)
            (local $i i32)
            (block $found
              (loop $next
                (br_if $found (i32.eq (i32.load8_u (local.get $i)) (local.get $needle)))
                (local.set $i (i32.add (local.get $i) (i32.const 1)))
                (br_if $next (i32.lt_u (local.get $i) (local.get $n))))
              (return (i32.const -1)))
            (local.get $i))
          ;; An if/else and a "continue" (a branch to the loop from a nested block).
          (func (export "collatz_steps") (param $x i32) (result i32)
            (local $steps i32)
            (loop $next
              (block $skip
                (br_if $skip (i32.le_u (local.get $x) (i32.const 1)))
                (local.set $steps (i32.add (local.get $steps) (i32.const 1)))
                (if (i32.and (local.get $x) (i32.const 1))
                  (then (local.set $x (i32.add (i32.mul (local.get $x) (i32.const 3)) (i32.const 1))))
                  (else (local.set $x (i32.shr_u (local.get $x) (i32.const 1)))))
                (br $next))
              (br_if $next (i32.const 0)))
            (local.get $steps))
          ;; Stores every iteration and traps past the end of memory: what was stored before the trap stays.
          (func $fill (export "fill") (param $at i32) (param $count i32)
            (loop $next
              (i32.store (local.get $at) (local.get $count))
              (local.set $at (i32.add (local.get $at) (i32.const 4)))
              (local.set $count (i32.sub (local.get $count) (i32.const 1)))
              (br_if $next (local.get $count))))
          (func (export "fill_through") (param i32 i32) (call $fill (local.get 0) (local.get 1)))
          ;; A vector loop: 4 lanes a step, and an inner loop inside an outer one.
          (func (export "vector_sum") (param $rows i32) (param $n i32) (result v128)
            (local $acc v128) (local $p i32) (local $left i32)
            (loop $row
              (local.set $p (i32.const 0))
              (local.set $left (local.get $n))
              (loop $step
                (local.set $acc (i32x4.add (local.get $acc) (v128.load (local.get $p))))
                (local.set $p (i32.add (local.get $p) (i32.const 16)))
                (local.set $left (i32.sub (local.get $left) (i32.const 1)))
                (br_if $step (local.get $left)))
              (local.set $rows (i32.sub (local.get $rows) (i32.const 1)))
              (br_if $row (local.get $rows)))
            (local.get $acc))
          (func (export "spin") (loop $forever (br_if $forever (i32.const 1))))
          ;; Not unrolled: a call in the body, a loop with a result.
          (func $id (param i32) (result i32) (local.get 0))
          (func (export "calls") (param $n i32) (result i32)
            (loop $next
              (local.set $n (i32.sub (call $id (local.get $n)) (i32.const 1)))
              (br_if $next (local.get $n)))
            (local.get $n))
          (func (export "with_result") (param $n i32) (result i32)
            (loop $next (result i32)
              (local.set $n (i32.sub (local.get $n) (i32.const 1)))
              (local.get $n)
              (br_if $next (local.get $n)))))
        """, "--debug-names");

    private static (Instance Instance, Store Store) Start(bool unroll, bool fuel = false)
    {
        var engine = new Engine(EngineConfig.Default.WithUnrollLoops(unroll).WithFuel(fuel));
        var store = new Store(engine);
        if (fuel) store.SetFuel(ulong.MaxValue / 2);
        return (new Linker(engine).Instantiate(store, Module.FromBytes(engine, Loops)), store);
    }

    [Fact]
    public void SmallInnermostLoopsAreUnrolledAndOthersAreNot()
    {
        var (instance, store) = Start(unroll: true);
        using var _ = store;
        var definition = instance.Module.Definition;
        string[] expected = ["sum_squares", "find", "collatz_steps", "fill", "vector_sum", "spin"];
        var unrolled = new List<string>();
        for (var i = 0; i < definition.Bodies.Count; i++)
        {
            var code = definition.Bodies[i].Code;
            var plan = LoopUnrolling.Plan(code, 0, code.Length);
            if (plan.Count == 0) continue;
            unrolled.Add(definition.FunctionDisplayName(definition.ImportedFunctionCount + i));
            Assert.All(plan.Values, loop => Assert.InRange(loop.Factor, 2, LoopUnrolling.MaxFactor));
        }
        Assert.Equal(expected, unrolled);
        // vector_sum: the inner loop only.
        var vectorSum = definition.Bodies[Enumerable.Range(0, definition.Bodies.Count)
            .Single(i => definition.FunctionDisplayName(definition.ImportedFunctionCount + i) == "vector_sum")].Code;
        var inner = Assert.Single(LoopUnrolling.Plan(vectorSum, 0, vectorSum.Length));
        Assert.Equal(Binary.Opcode.Loop, vectorSum[inner.Key].Op);
        Assert.NotEqual(vectorSum.ToList().FindIndex(c => c.Op == Binary.Opcode.Loop), inner.Key);
    }

    [Fact]
    public void UnrolledLoopsComputeWhatLoopsDoForEveryTripCount()
    {
        var (plain, plainStore) = Start(unroll: false);
        var (unrolled, unrolledStore) = Start(unroll: true);
        using var _ = plainStore;
        using var __ = unrolledStore;
        var text = "every trip count, from the first copy's exit to the last's"u8.ToArray();
        text.CopyTo(plain.GetMemory("memory")!.GetSpan(0, text.Length));
        text.CopyTo(unrolled.GetMemory("memory")!.GetSpan(0, text.Length));
        for (var n = 0; n <= 41; n++)
        {
            Assert.Equal(plain.GetFunction<int, int>("sum_squares")(n), unrolled.GetFunction<int, int>("sum_squares")(n));
            Assert.Equal(plain.GetFunction<int, int>("collatz_steps")(n), unrolled.GetFunction<int, int>("collatz_steps")(n));
            Assert.Equal(plain.GetFunction<int, int>("calls")(n + 1), unrolled.GetFunction<int, int>("calls")(n + 1));
            Assert.Equal(plain.GetFunction<int, int>("with_result")(n + 1), unrolled.GetFunction<int, int>("with_result")(n + 1));
            foreach (var needle in "ecfz"u8.ToArray())
                Assert.Equal(plain.GetFunction<int, int, int>("find")(n, needle), unrolled.GetFunction<int, int, int>("find")(n, needle));
        }
        Assert.Equal(1240, unrolled.GetFunction<int, int>("sum_squares")(16));
        Assert.Equal(111, unrolled.GetFunction<int, int>("collatz_steps")(27));
        Assert.Equal(text.AsSpan().IndexOf((byte)'z'), unrolled.GetFunction<int, int, int>("find")(text.Length, 'z'));
        Assert.Equal(-1, unrolled.GetFunction<int, int, int>("find")(text.Length, 'Q'));

        for (var rows = 1; rows <= 3; rows++)
        {
            for (var n = 1; n <= 9; n++)
            {
                var expected = plain.GetFunction<int, int, Vector128<byte>>("vector_sum")(rows, n);
                Assert.Equal(expected, unrolled.GetFunction<int, int, Vector128<byte>>("vector_sum")(rows, n));
            }
        }
    }

    [Fact]
    public void ATrapInAnyCopyLeavesTheSameMemoryAndBacktrace()
    {
        // fill writes 4 bytes an iteration from near the end of the 64 KiB page: the trap comes in
        // each copy in turn as the start moves.
        for (var start = 65536 - 4 * 9; start < 65536 - 4 * 4; start += 4)
        {
            var (plain, plainStore) = Start(unroll: false);
            var (unrolled, unrolledStore) = Start(unroll: true);
            using var _ = plainStore;
            using var __ = unrolledStore;
            var plainTrap = Assert.Throws<TrapException>(() => plain.GetAction<int, int>("fill_through")(start, 100));
            var unrolledTrap = Assert.Throws<TrapException>(() => unrolled.GetAction<int, int>("fill_through")(start, 100));
            Assert.Equal(TrapKind.MemoryOutOfBounds, unrolledTrap.Kind);
            Assert.Equal(plainTrap.WasmBacktrace, unrolledTrap.WasmBacktrace);
            Assert.Equal(["fill", "fill_through"], unrolledTrap.WasmBacktrace);
            Assert.Equal(plain.GetMemory("memory")!.GetSpan(65536 - 64, 64).ToArray(), unrolled.GetMemory("memory")!.GetSpan(65536 - 64, 64).ToArray());
        }
    }

    [Fact]
    public void FuelIsChargedPerIterationAsWithoutUnrolling()
    {
        var (plain, plainStore) = Start(unroll: false, fuel: true);
        var (unrolled, unrolledStore) = Start(unroll: true, fuel: true);
        using var _ = plainStore;
        using var __ = unrolledStore;
        for (var n = 0; n <= 9; n++)
        {
            plain.GetFunction<int, int>("sum_squares")(n);
            unrolled.GetFunction<int, int>("sum_squares")(n);
            plain.GetFunction<int, int, Vector128<byte>>("vector_sum")(2, n + 1);
            unrolled.GetFunction<int, int, Vector128<byte>>("vector_sum")(2, n + 1);
            Assert.Equal(plainStore.FuelConsumed, unrolledStore.FuelConsumed);
        }
        // Running out stops both at the same instruction, whichever copy it falls in.
        for (ulong budget = 100; budget < 140; budget++)
        {
            var spent = new List<ulong>();
            foreach (var (instance, store) in new[] { (plain, plainStore), (unrolled, unrolledStore) })
            {
                var before = store.FuelConsumed;
                store.SetFuel(budget);
                Assert.Equal(TrapKind.OutOfFuel, Assert.Throws<TrapException>(() => instance.GetFunction<int, int>("sum_squares")(1000)).Kind);
                spent.Add(store.FuelConsumed - before);
            }
            Assert.Equal(spent[0], spent[1]);
        }
    }

    [Fact]
    public void AnUnrolledEndlessLoopStillMeetsItsDeadline()
    {
        var (instance, store) = Start(unroll: true);
        using var _ = store;
        store.SetDeadline(TimeSpan.FromMilliseconds(50));
        Assert.Equal(TrapKind.DeadlineExceeded, Assert.Throws<TrapException>(() => instance.GetAction("spin")()).Kind);
        store.ClearDeadline();
        Assert.Equal(1240, instance.GetFunction<int, int>("sum_squares")(16));
    }
}
