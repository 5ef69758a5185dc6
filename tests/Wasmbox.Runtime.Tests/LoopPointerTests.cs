using Wasmbox.Runtime.Binary;
using Wasmbox.Runtime.Compilation;

namespace Wasmbox.Runtime.Tests;

/// <summary>
/// Pointers a loop steps through memory, which the compiler keeps in 64-bit shadows inside the
/// loop (<see cref="AddressLocals"/>): the same loads, stores, traps and values after the loop as
/// the 32-bit locals they mirror, a pointer wrapping past 2^32 included, with either kind of
/// bounds check, unrolled or not.
/// </summary>
public sealed class LoopPointerTests
{
    private static readonly byte[] Guest = Wabt.Wat2Wasm("""
        (module
          (memory (export "memory") 1)
          ;; Steps first, then loads: started at -8, the first load is at 0 once the pointer wraps.
          (func (export "sum_every_8th") (param $p i32) (param $n i32) (result i32)
            (local $sum i32)
            (loop $next
              (local.set $p (i32.add (local.get $p) (i32.const 8)))
              (local.set $sum (i32.add (local.get $sum) (i32.load (local.get $p))))
              (local.set $n (i32.sub (local.get $n) (i32.const 1)))
              (br_if $next (local.get $n)))
            (local.get $sum))
          ;; The pointer after the loop: the 32-bit local is written along with its shadow.
          (func (export "end_of_fill") (param $p i32) (param $n i32) (result i32)
            (loop $next
              (i32.store (local.get $p) (local.get $n))
              (local.set $p (i32.add (local.get $p) (i32.const 4)))
              (local.set $n (i32.sub (local.get $n) (i32.const 1)))
              (br_if $next (local.get $n)))
            (local.get $p))
          ;; A local.tee as the address; leaves from the middle of the loop (strlen).
          (func (export "length") (param $s i32) (result i32)
            (local $p i32)
            (local.set $p (i32.sub (local.get $s) (i32.const 1)))
            (block $done
              (loop $next
                (br_if $done (i32.eqz (i32.load8_u (local.tee $p (i32.add (local.get $p) (i32.const 1))))))
                (br $next)))
            (i32.sub (local.get $p) (local.get $s)))
          ;; Two pointers, a vector step, an inner loop inside an outer one, and the pointer
          ;; reused for something else after the loops (as compilers reuse locals).
          (func (export "add_rows") (param $dst i32) (param $src i32) (param $rows i32) (result i32)
            (local $d i32) (local $s i32) (local $left i32)
            (loop $row
              (local.set $d (local.get $dst))
              (local.set $s (local.get $src))
              (local.set $left (i32.const 4))
              (loop $step
                (v128.store (local.get $d) (i32x4.add (v128.load (local.get $d)) (v128.load (local.get $s))))
                (local.set $d (i32.add (local.get $d) (i32.const 16)))
                (local.set $s (i32.add (local.get $s) (i32.const 16)))
                (local.set $left (i32.sub (local.get $left) (i32.const 1)))
                (br_if $step (local.get $left)))
              (local.set $rows (i32.sub (local.get $rows) (i32.const 1)))
              (br_if $row (local.get $rows)))
            (local.set $d (i32.mul (local.get $d) (i32.const 3)))
            (i32.add (local.get $d) (local.get $s)))
          ;; Compared inside the loop: not a pointer only, so not shadowed.
          (func (export "count_below") (param $p i32) (param $end i32) (result i32)
            (local $count i32)
            (loop $next
              (local.set $count (i32.add (local.get $count) (i32.load8_u (local.get $p))))
              (local.set $p (i32.add (local.get $p) (i32.const 1)))
              (br_if $next (i32.lt_u (local.get $p) (local.get $end))))
            (local.get $count))
        )
        """, "--debug-names");

    public static TheoryData<BoundsChecks, bool> Modes() => new()
    {
        { BoundsChecks.GuardRegion, true }, { BoundsChecks.GuardRegion, false }, { BoundsChecks.Explicit, true }, { BoundsChecks.Explicit, false },
    };

    private static (Instance Instance, Store Store) Start(BoundsChecks checks, bool unroll)
    {
        var engine = new Engine(EngineConfig.Default.WithBoundsChecks(checks).WithUnrollLoops(unroll));
        var store = new Store(engine);
        return (new Linker(engine).Instantiate(store, Module.FromBytes(engine, Guest)), store);
    }

    [Fact]
    public void LoopsShadowThePointersTheyOnlyStepAndAccessThrough()
    {
        var definition = Module.FromBytes(new Engine(EngineConfig.Default), Guest).Definition;
        var shadowed = new Dictionary<string, int[]>();
        for (var i = 0; i < definition.Bodies.Count; i++)
        {
            var index = definition.ImportedFunctionCount + i;
            var signature = definition.FunctionSignature(index);
            ValueKind[] locals = [.. signature.Parameters, .. definition.Bodies[i].LocalKinds()];
            var found = AddressLocals.Find(definition.Bodies[i].Code, locals);
            shadowed[definition.FunctionDisplayName(index)] = found is null ? [] : [.. Enumerable.Range(0, locals.Length).Where(l => found.HasShadow[l])];
        }
        Assert.Equal([0], shadowed["sum_every_8th"]);
        Assert.Equal([0], shadowed["end_of_fill"]);
        Assert.Equal([1], shadowed["length"]);
        Assert.Equal([3, 4], shadowed["add_rows"]);
        Assert.Empty(shadowed["count_below"]);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void ShadowedPointersLoadStoreAndEndWhereTheLocalsWould(BoundsChecks checks, bool unroll)
    {
        var (instance, store) = Start(checks, unroll);
        using var _ = store;
        var memory = instance.GetMemory("memory")!;
        for (var i = 0; i < 64; i++) memory.Span[i * 4] = (byte)(i + 1);

        // -8 + 8 wraps to 0: loads at 0, 8 and 16 (values 1, 3 and 5).
        Assert.Equal(9, instance.GetFunction<int, int, int>("sum_every_8th")(-8, 3));
        Assert.Equal(1000 + 5 * 4, instance.GetFunction<int, int, int>("end_of_fill")(1000, 5));
        Assert.Equal([5, 0, 0, 0, 4, 0, 0, 0, 3], memory.Span.Slice(1000, 9).ToArray());

        "hello, world\0"u8.CopyTo(memory.Span[2000..]);
        Assert.Equal(12, instance.GetFunction<int, int>("length")(2000));

        for (var i = 0; i < 16; i++)
        {
            BitConverter.TryWriteBytes(memory.Span[(3000 + i * 4)..], i);
            BitConverter.TryWriteBytes(memory.Span[(4000 + i * 4)..], 100 * i);
        }
        // After 3 rows both pointers are 64 bytes on: (3000 + 64) * 3 + (4000 + 64).
        Assert.Equal((3000 + 64) * 3 + 4000 + 64, instance.GetFunction<int, int, int, int>("add_rows")(3000, 4000, 3));
        Assert.Equal(15 + 3 * 100 * 15, BitConverter.ToInt32(memory.Span[(3000 + 15 * 4)..]));
        Assert.Equal(1 + 2 + 3, instance.GetFunction<int, int, int>("count_below")(0, 9));
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void AShadowedPointerPastTheEndTrapsAfterTheStoresBeforeIt(BoundsChecks checks, bool unroll)
    {
        var (instance, store) = Start(checks, unroll);
        using var _ = store;
        var trap = Assert.Throws<TrapException>(() => instance.GetFunction<int, int, int>("end_of_fill")(65536 - 8, 3));
        Assert.Equal(TrapKind.MemoryOutOfBounds, trap.Kind);
        var memory = instance.GetMemory("memory")!;
        Assert.Equal(3, BitConverter.ToInt32(memory.Span[(65536 - 8)..]));
        Assert.Equal(2, BitConverter.ToInt32(memory.Span[(65536 - 4)..]));
        // From -16, the first load is at 2^32 - 8, which is past the end (not wrapped to the start).
        trap = Assert.Throws<TrapException>(() => instance.GetFunction<int, int, int>("sum_every_8th")(-16, 3));
        Assert.Equal(TrapKind.MemoryOutOfBounds, trap.Kind);
    }
}
