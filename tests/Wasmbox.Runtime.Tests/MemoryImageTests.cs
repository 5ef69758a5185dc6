using System.Text;

namespace Wasmbox.Runtime.Tests;

/// <summary>
/// A module's data segments mapped copy-on-write from an image built once: every instance sees
/// exactly the bytes copying would have given it, owns its copy, and hands a clean memory to the
/// next store that reuses the region. Each test runs with guard regions and with explicit checks.
/// </summary>
public sealed class MemoryImageTests
{
    private const int Page = 65536;
    private const int SegmentBytes = 300_000;

    // Two large segments at unaligned offsets, the second overlapping the first (it wins there), a
    // small one at the end of the initial size, and a passive one for memory.init.
    private static readonly (int Offset, byte[] Bytes)[] ActiveSegments =
    [
        (100, Pattern(SegmentBytes, 7)),
        (200_000, Pattern(SegmentBytes, 13)),
        (8 * Page - 5, Encoding.ASCII.GetBytes("tail!")),
    ];

    private static readonly byte[] Guest = Wabt.Wat2Wasm($$"""
        (module
          (memory (export "memory") 8 40)
          {{string.Concat(ActiveSegments.Select(s => $"(data (i32.const {s.Offset}) \"{Escaped(s.Bytes)}\")\n"))}}
          (data $passive "passive")
          (func (export "load8") (param i32) (result i32) (i32.load8_u (local.get 0)))
          (func (export "store8") (param i32 i32) (i32.store8 (local.get 0) (local.get 1)))
          (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
          (func (export "init_passive") (param i32) (memory.init $passive (local.get 0) (i32.const 0) (i32.const 7)))
          (func (export "drop_passive") (data.drop $passive))
          (func (export "init_active") (param i32 i32) (memory.init 0 (local.get 0) (i32.const 0) (local.get 1))))
        """);

    public static TheoryData<BoundsChecks> BoundsCheckKinds() => new() { BoundsChecks.GuardRegion, BoundsChecks.Explicit };

    [Theory]
    [MemberData(nameof(BoundsCheckKinds))]
    public void AnInstanceSeesEveryByteOfItsDataSegments(BoundsChecks checks)
    {
        var (engine, module) = Compile(checks);
        using var store = new Store(engine);
        var memory = new Linker(engine).Instantiate(store, module).GetMemory("memory")!;
        Assert.Equal(InitialContents(), memory.Span.ToArray());
    }

    [Theory]
    [MemberData(nameof(BoundsCheckKinds))]
    public void TwoLiveInstancesDoNotSeeEachOthersWrites(BoundsChecks checks)
    {
        var (engine, module) = Compile(checks);
        using var first = new Store(engine);
        using var second = new Store(engine);
        var a = new Linker(engine).Instantiate(first, module);
        var b = new Linker(engine).Instantiate(second, module);
        a.GetAction<int, int>("store8")(150, 0xAA);
        b.GetAction<int, int>("store8")(150, 0xBB);
        a.GetAction<int, int>("store8")(4 * Page, 0xCC);
        Assert.Equal(0xAA, a.GetFunction<int, int>("load8")(150));
        Assert.Equal(0xBB, b.GetFunction<int, int>("load8")(150));
        Assert.Equal(InitialContents()[4 * Page], (byte)b.GetFunction<int, int>("load8")(4 * Page));
        using var third = new Store(engine);
        Assert.Equal(InitialContents(), new Linker(engine).Instantiate(third, module).GetMemory("memory")!.Span.ToArray());
    }

    [Theory]
    [MemberData(nameof(BoundsCheckKinds))]
    public void AMemoryReusedAfterWritesStartsClean(BoundsChecks checks)
    {
        var (engine, module) = Compile(checks);
        var plain = Module.FromBytes(engine, Wabt.Wat2Wasm("(module (memory (export \"memory\") 8))"));
        for (var round = 0; round < 6; round++)
        {
            using (var store = new Store(engine))
            {
                var instance = new Linker(engine).Instantiate(store, module);
                Assert.Equal(InitialContents(), instance.GetMemory("memory")!.Span.ToArray());
                // Over 1 MiB written: the region is reset by giving its pages back, not by zeroing them.
                Assert.Equal(8, instance.GetFunction<int, int>("grow")(16 + round));
                var store8 = instance.GetAction<int, int>("store8");
                for (var address = 0; address < (24 + round) * Page; address += 4096) store8(address, round + 1);
            }
            // A module without an image on a region an image was mapped into sees only zeros.
            using var next = new Store(engine);
            var memory = new Linker(engine).Instantiate(next, plain).GetMemory("memory")!;
            Assert.All(memory.Span.ToArray(), b => Assert.Equal(0, b));
        }
    }

    [Theory]
    [MemberData(nameof(BoundsCheckKinds))]
    public void MemoryGrowsPastTheImageIntoZeroPages(BoundsChecks checks)
    {
        var (engine, module) = Compile(checks);
        using var store = new Store(engine, limits: StoreLimits.Unlimited.WithMaxMemoryBytes(10 * Page));
        var instance = new Linker(engine).Instantiate(store, module);
        var grow = instance.GetFunction<int, int>("grow");
        var load8 = instance.GetFunction<int, int>("load8");
        Assert.Equal(TrapKind.MemoryOutOfBounds, Assert.Throws<TrapException>(() => load8(8 * Page)).Kind);
        Assert.Equal(8, grow(2));
        Assert.Equal(-1, grow(1));   // the store's limit
        Assert.Equal((byte)'!', (byte)load8(8 * Page - 1));
        Assert.Equal(0, load8(8 * Page));
        instance.GetAction<int, int>("store8")(10 * Page - 1, 9);
        Assert.Equal(9, load8(10 * Page - 1));
        Assert.Equal(TrapKind.MemoryOutOfBounds, Assert.Throws<TrapException>(() => load8(10 * Page)).Kind);
    }

    [Theory]
    [MemberData(nameof(BoundsCheckKinds))]
    public void PassiveSegmentsAndDropsBehaveAsWithoutAnImage(BoundsChecks checks)
    {
        var (engine, module) = Compile(checks);
        using var store = new Store(engine);
        var instance = new Linker(engine).Instantiate(store, module);
        instance.GetAction<int>("init_passive")(10);
        Assert.Equal("passive", instance.GetMemory("memory")!.ReadString(10, 7));
        // Active segments are dropped once applied: an empty init works, a byte more traps.
        instance.GetAction<int, int>("init_active")(0, 0);
        Assert.Equal(TrapKind.MemoryOutOfBounds, Assert.Throws<TrapException>(() => instance.GetAction<int, int>("init_active")(0, 1)).Kind);
        instance.GetAction("drop_passive")();
        Assert.Equal(TrapKind.MemoryOutOfBounds, Assert.Throws<TrapException>(() => instance.GetAction<int>("init_passive")(10)).Kind);
    }

    [Fact]
    public void ImagesOffCopiesTheSameBytes()
    {
        var engine = new Engine(EngineConfig.Default.WithMemoryImages(false));
        var module = Module.FromBytes(engine, Guest);
        Assert.Null(module.DataImage);
        using var store = new Store(engine);
        Assert.Equal(InitialContents(), new Linker(engine).Instantiate(store, module).GetMemory("memory")!.Span.ToArray());
    }

    [Fact]
    public void ASegmentThatDoesNotFitStillTrapsAfterWritingTheOnesBeforeIt()
    {
        var engine = new Engine(EngineConfig.Default.WithMemoryImages(true, minimumBytes: 0));
        var linker = new Linker(engine);
        using var store = new Store(engine);
        var shared = new Memory(new MemoryType(new Limits(1, null)));
        linker.Define("host", "memory", shared);
        var module = Module.FromBytes(engine, Wabt.Wat2Wasm("""
            (module (memory (import "host" "memory") 1)
              (data (i32.const 0) "first") (data (i32.const 65534) "too long"))
            """));
        Assert.Null(module.DataImage);
        Assert.Equal(TrapKind.MemoryOutOfBounds, Assert.Throws<TrapException>(() => linker.Instantiate(store, module)).Kind);
        Assert.Equal("first", shared.ReadString(0, 5));
    }

    [Fact]
    public void AnInstantiationThatTrapsLeavesTheNextInstanceClean()
    {
        // The start function reports the first word it sees, scribbles over it, and traps.
        var engine = new Engine();
        var seen = new Global(new GlobalType(ValueKind.I32, true), Value.I32(0));
        var linker = new Linker(engine).Define("host", "seen", seen);
        var data = Pattern(70_000, 3);
        var module = Module.FromBytes(engine, Wabt.Wat2Wasm($$"""
            (module
              (import "host" "seen" (global $seen (mut i32)))
              (memory (export "memory") 2)
              (data (i32.const 0) "{{Escaped(data)}}")
              (func $scribble_and_trap
                (global.set $seen (i32.load (i32.const 0)))
                (i32.store (i32.const 0) (i32.const -1))
                unreachable)
              (start $scribble_and_trap))
            """));
        Assert.True(module.DataImage is { IsMapped: true });
        for (var attempt = 0; attempt < 4; attempt++)
        {
            using var store = new Store(engine);
            for (var again = 0; again < 2; again++)
            {
                seen.Value = Value.I32(0);
                Assert.Equal(TrapKind.Unreachable, Assert.Throws<TrapException>(() => linker.Instantiate(store, module)).Kind);
                Assert.Equal(BitConverter.ToInt32(data, 0), seen.Value.AsI32());
            }
        }
    }

    [Fact]
    public void AnElementSegmentThatTrapsComesBeforeTheImage()
    {
        // The image takes the place of the data segments, which come after the element segments:
        // a function the first element segment placed in an imported table sees a memory without them.
        var engine = new Engine();
        var table = new Table(new TableType(ValueKind.FuncRef, new Limits(2, null)));
        var linker = new Linker(engine).Define("host", "table", table);
        var module = Module.FromBytes(engine, Wabt.Wat2Wasm($$"""
            (module
              (import "host" "table" (table 2 funcref))
              (memory 2)
              (data (i32.const 0) "{{Escaped(Pattern(70_000, 5))}}")
              (func $first_word (result i32) (i32.load (i32.const 0)))
              (elem (i32.const 0) $first_word)
              (elem (i32.const 1) $first_word $first_word))
            """));
        Assert.True(module.DataImage is { IsMapped: true });
        using var store = new Store(engine);
        Assert.Equal(TrapKind.TableOutOfBounds, Assert.Throws<TrapException>(() => linker.Instantiate(store, module)).Kind);
        Assert.Equal(0, ((Function)table[0]!).Invoke()[0].AsI32());
    }

    private static (Engine Engine, Module Module) Compile(BoundsChecks checks)
    {
        var engine = new Engine(EngineConfig.Default.WithBoundsChecks(checks));
        var module = Module.FromBytes(engine, Guest);
        Assert.True(module.DataImage is { IsMapped: true }, "the module's segments should be mapped from an image here");
        return (engine, module);
    }

    private static byte[] InitialContents()
    {
        var memory = new byte[8 * Page];
        foreach (var (offset, bytes) in ActiveSegments) bytes.CopyTo(memory, offset);
        return memory;
    }

    /// <summary>Bytes no page of which is all zero, different for each seed.</summary>
    private static byte[] Pattern(int length, int seed)
    {
        var bytes = new byte[length];
        for (var i = 0; i < length; i++) bytes[i] = (byte)(i * seed + (i >> 8) + 1);
        return bytes;
    }

    private static string Escaped(byte[] bytes) => string.Concat(bytes.Select(b => $"\\{b:x2}"));
}
