namespace Wasmbox.Runtime.Tests;

/// <summary>
/// Instances whose memory image is copied in (a snapshot's under the mapping threshold, as the
/// js executor's), in pooled regions the previous instance wrote all over and grew: whatever an
/// instance wrote, the next one sees exactly the image, and a region given to another module is
/// all zero.
/// </summary>
public sealed class CopiedImageIsolationTests
{
    private static readonly byte[] Guest = Wabt.Wat2Wasm("""
        (module
          (memory (export "memory") 2)
          (data (i32.const 100) "hello image")
          (data (i32.const 70000) "second page")
          (func (export "init")
            (local $i i32)
            (loop $fill
              (i32.store8 (i32.add (i32.const 4096) (local.get $i)) (i32.add (local.get $i) (i32.const 1)))
              (local.set $i (i32.add (local.get $i) (i32.const 1)))
              (br_if $fill (i32.lt_u (local.get $i) (i32.const 8192)))))
          (func (export "scribble") (param $seed i32)
            (local $a i32)
            (drop (memory.grow (i32.const 1)))
            (loop $write
              (i32.store8 (local.get $a) (i32.xor (local.get $seed) (i32.add (local.get $a) (i32.const 7))))
              (local.set $a (i32.add (local.get $a) (i32.const 61)))
              (br_if $write (i32.lt_u (local.get $a) (i32.shl (memory.size) (i32.const 16)))))))
        """);

    // Images are copied, not mapped, below this size: the case restored in place.
    private static Engine CopyingEngine() => new(EngineConfig.Default.WithMemoryImages(true, minimumBytes: 16 * 1024 * 1024));

    [Fact]
    public void EachSnapshotInstanceSeesTheImageWhateverTheLastOneWrote()
    {
        var engine = CopyingEngine();
        var pre = new Linker(engine).Prepare(Module.FromBytes(engine, Guest));
        Snapshot snapshot;
        using (var initializing = new Store(engine)) snapshot = pre.CreateSnapshot(initializing, SnapshotOptions.Default.WithInitializer("init"));

        byte[]? expected = null;
        for (var round = 0; round < 8; round++)
        {
            using var store = new Store(engine);
            var instance = snapshot.Instantiate(store);
            var memory = instance.GetMemory("memory")!;
            var bytes = memory.Span.ToArray();
            expected ??= bytes;
            Assert.Equal(2UL, memory.Pages);
            Assert.Equal(expected, bytes);
            Assert.Equal("hello image", memory.ReadString(100, 11));
            Assert.Equal("second page", memory.ReadString(70000, 11));
            Assert.Equal(1 + 5000 % 256, memory.ReadByte(4096 + 5000));
            Assert.Equal(0, memory.ReadByte(50000));
            instance.GetAction<int>("scribble")(round * 37 + 11);
        }

        // A region that held the image, given to a module that wants none: all zero.
        var plain = Module.FromBytes(engine, Wabt.Wat2Wasm("(module (memory (export \"memory\") 3))"));
        for (var round = 0; round < 4; round++)
        {
            using var store = new Store(engine);
            var memory = new Linker(engine).Instantiate(store, plain).GetMemory("memory")!;
            Assert.True(memory.Span.IndexOfAnyExcept((byte)0) < 0, "a fresh memory holds bytes of an earlier instance");
        }
    }

    [Fact]
    public void EachInstanceOfAModuleWithSmallDataSeesOnlyItsSegments()
    {
        var engine = CopyingEngine();
        var module = Module.FromBytes(engine, Guest);
        for (var round = 0; round < 8; round++)
        {
            using var store = new Store(engine);
            var instance = new Linker(engine).Instantiate(store, module);
            var memory = instance.GetMemory("memory")!;
            var bytes = memory.Span.ToArray();
            Assert.Equal("hello image"u8.ToArray(), bytes[100..111]);
            Assert.Equal("second page"u8.ToArray(), bytes[70000..70011]);
            bytes.AsSpan(100, 11).Clear();
            bytes.AsSpan(70000, 11).Clear();
            Assert.True(bytes.AsSpan().IndexOfAnyExcept((byte)0) < 0, "a fresh instance holds bytes of an earlier one");
            instance.GetAction<int>("scribble")(round + 1);
        }
    }
}
