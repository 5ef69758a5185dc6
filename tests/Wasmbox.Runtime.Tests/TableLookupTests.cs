using Wasmbox.Runtime.Compilation;

namespace Wasmbox.Runtime.Tests;

/// <summary>
/// Lookups in a table at a constant address with a bounded index, which the compiler addresses with
/// an offset instead of an add (<see cref="BoundedOffsets"/>): the same values and traps as the add,
/// and an index that could make the add wrap is left to the add, which wraps as Wasm says.
/// </summary>
public sealed class TableLookupTests
{
    private static readonly byte[] Guest = Wabt.Wat2Wasm("""
        (module
          (memory (export "memory") 1)
          (func (export "by_mask") (param $x i32) (result i32)
            (i32.load8_u (i32.add (i32.and (local.get $x) (i32.const 63)) (i32.const 1024))))
          (func (export "by_shift") (param $x i32) (result i32)
            (i32.load8_u (i32.add (i32.shr_u (local.get $x) (i32.const 26)) (i32.const 1024))))
          (func (export "by_byte") (param $p i32) (result i32)
            (i32.load8_s (i32.add (i32.load8_u (local.get $p)) (i32.const 2048))))
          (func (export "wide") (param $x i32) (result i64)
            (i64.load offset=8 (i32.add (i32.and (local.get $x) (i32.const 0xf0)) (i32.const 1024))))
          (func (export "splat") (param $x i32) (result i32)
            (i32x4.extract_lane 3 (v128.load32_splat (i32.add (i32.and (local.get $x) (i32.const 0xfc)) (i32.const 1024)))))
          ;; Near the end: index 0 reads the last 4 bytes, 4 is past the end.
          (func (export "at_end") (param $x i32) (result i32)
            (i32.load offset=4 (i32.add (i32.and (local.get $x) (i32.const 60)) (i32.const 65528))))
          ;; The sum can reach 2^32 - 1 but not wrap: past the end of memory, a trap.
          (func (export "to_the_top") (param $x i32) (result i32)
            (i32.load8_u (i32.add (i32.and (local.get $x) (i32.const 0xff)) (i32.const 0xffffff00))))
          ;; A bounded value plus a local, not a constant: an add like any other.
          (func (export "byte_plus_local") (param $p i32) (param $table i32) (result i32)
            (i32.load8_u (i32.add (i32.load8_u (local.get $p)) (local.get $table))))
          ;; The sum can wrap (0x105 + 0xffffff00 is 5): not folded, it loads from the start.
          (func (export "wrapping") (param $x i32) (result i32)
            (i32.load8_u (i32.add (i32.and (local.get $x) (i32.const 0x1ff)) (i32.const 0xffffff00))))
        )
        """);

    public static TheoryData<BoundsChecks> Modes() => [BoundsChecks.GuardRegion, BoundsChecks.Explicit];

    [Theory]
    [MemberData(nameof(Modes))]
    public void BoundedLookupsReadTheTableAndTrapPastTheEnd(BoundsChecks checks)
    {
        var engine = new Engine(EngineConfig.Default.WithBoundsChecks(checks));
        using var store = new Store(engine);
        var instance = new Linker(engine).Instantiate(store, Module.FromBytes(engine, Guest));
        var memory = instance.GetMemory("memory")!.Span;
        for (var i = 0; i < 256; i++) memory[1024 + i] = (byte)(i * 3);
        for (var i = 0; i < 256; i++) memory[2048 + i] = (byte)(255 - i);
        memory[5] = 77;
        memory[100] = 200;
        BitConverter.TryWriteBytes(memory[65532..], 0x01020304);

        var byMask = instance.GetFunction<int, int>("by_mask");
        Assert.Equal([0, 3, 189, 189, 6], new[] { 0, 1, 63, -1, 66 }.Select(byMask));
        Assert.Equal(63 * 3, instance.GetFunction<int, int>("by_shift")(-1));
        Assert.Equal((sbyte)(255 - 200), instance.GetFunction<int, int>("by_byte")(100));
        Assert.Equal(BitConverter.ToInt64(memory[(1024 + 0xf0 + 8)..]), instance.GetFunction<int, long>("wide")(-1));
        Assert.Equal(BitConverter.ToInt32(memory[(1024 + 0x10)..]), instance.GetFunction<int, int>("splat")(0x13));
        var atEnd = instance.GetFunction<int, int>("at_end");
        Assert.Equal(0x01020304, atEnd(0));
        Assert.Equal(TrapKind.MemoryOutOfBounds, Assert.Throws<TrapException>(() => atEnd(4)).Kind);
        Assert.Equal(TrapKind.MemoryOutOfBounds, Assert.Throws<TrapException>(() => instance.GetFunction<int, int>("to_the_top")(0)).Kind);
        Assert.Equal(TrapKind.MemoryOutOfBounds, Assert.Throws<TrapException>(() => instance.GetFunction<int, int>("to_the_top")(0xff)).Kind);
        Assert.Equal(255 - 200, instance.GetFunction<int, int, int>("byte_plus_local")(100, 2048));
        var wrapping = instance.GetFunction<int, int>("wrapping");
        Assert.Equal(77, wrapping(0x105));
        Assert.Equal(TrapKind.MemoryOutOfBounds, Assert.Throws<TrapException>(() => wrapping(0xff)).Kind);
    }

    [Fact]
    public void OnlyIndicesThatCannotWrapAreFolded()
    {
        var definition = Module.FromBytes(new Engine(EngineConfig.Default), Guest).Definition;
        var folded = new List<string>();
        for (var i = 0; i < definition.Bodies.Count; i++)
        {
            var code = definition.Bodies[i].Code;
            for (var j = 0; j < code.Length; j++)
                if (BoundedOffsets.TryFold(code, j, out _)) folded.Add(definition.FunctionDisplayName(definition.ImportedFunctionCount + i));
        }
        Assert.Equal(["by_mask", "by_shift", "by_byte", "wide", "splat", "at_end", "to_the_top"], folded);
    }
}
