namespace Wasmbox.Runtime.Tests;

/// <summary>
/// Linear memories are reused from store to store (instantiation then needs no mmap and no page
/// faults): nothing of one store's memory may ever be seen by the next, and a memory is never
/// released while code can still reach it.
/// </summary>
public sealed class MemoryReuseTests
{
    private static readonly byte[] Guest = Wabt.Wat2Wasm("""
        (module
          (memory (export "memory") 2)
          (func (export "fill") (param $value i32)
            (local $address i32)
            (loop $next
              (i32.store (local.get $address) (local.get $value))
              (local.set $address (i32.add (local.get $address) (i32.const 4096)))
              (br_if $next (i32.lt_u (local.get $address) (i32.shl (memory.size) (i32.const 16))))))
          (func (export "sum") (result i64)
            (local $address i32) (local $total i64)
            (loop $next
              (local.set $total (i64.add (local.get $total) (i64.load (local.get $address))))
              (local.set $address (i32.add (local.get $address) (i32.const 8)))
              (br_if $next (i32.lt_u (local.get $address) (i32.shl (memory.size) (i32.const 16)))))
            (local.get $total))
          (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
          (func (export "load") (param i32) (result i32) (i32.load (local.get 0)))
          (func (export "spin") (loop $forever (br $forever))))
        """);

    [Fact]
    public void ANewStoreNeverSeesWhatAnEarlierStoreWrote()
    {
        var engine = new Engine();
        var module = Module.FromBytes(engine, Guest);
        for (var round = 0; round < 20; round++)
        {
            using var store = new Store(engine);
            var instance = new Linker(engine).Instantiate(store, module);
            Assert.Equal(0L, instance.GetFunction<long>("sum")());
            Assert.Equal(2, instance.GetFunction<int, int>("grow")(round % 3));
            instance.GetAction<int>("fill")(round + 1);
            Assert.NotEqual(0L, instance.GetFunction<long>("sum")());
        }
    }

    [Fact]
    public void AReusedMemoryHasOnlyItsOwnPagesAccessible()
    {
        var engine = new Engine();
        var module = Module.FromBytes(engine, Guest);
        using (var grown = new Store(engine))
        {
            var instance = new Linker(engine).Instantiate(grown, module);
            Assert.Equal(2, instance.GetFunction<int, int>("grow")(30));
            instance.GetAction<int>("fill")(7);
        }
        for (var round = 0; round < 5; round++)
        {
            using var store = new Store(engine);
            var instance = new Linker(engine).Instantiate(store, module);
            var load = instance.GetFunction<int, int>("load");
            Assert.Equal(0, load(2 * 65536 - 4));
            Assert.Equal(TrapKind.MemoryOutOfBounds, Assert.Throws<TrapException>(() => load(2 * 65536)).Kind);
            Assert.Equal(TrapKind.MemoryOutOfBounds, Assert.Throws<TrapException>(() => load(20 * 65536)).Kind);
        }
    }

    // A memory that starts smaller than the one before it in the same region and grows gets the
    // earlier pages back (kept resident when few, given back when many): zero either way.
    [Theory]
    [InlineData(20)]
    [InlineData(60)]
    public void PagesGrownBackAfterAReuseAreZero(int pages)
    {
        var engine = new Engine();
        var module = Module.FromBytes(engine, Guest);
        for (var round = 0; round < 3; round++)
        {
            using var store = new Store(engine);
            var instance = new Linker(engine).Instantiate(store, module);
            var load = instance.GetFunction<int, int>("load");
            Assert.Equal(TrapKind.MemoryOutOfBounds, Assert.Throws<TrapException>(() => load(2 * 65536)).Kind);
            Assert.Equal(2, instance.GetFunction<int, int>("grow")(pages - 2));
            Assert.Equal(0L, instance.GetFunction<long>("sum")());
            instance.GetAction<int>("fill")(round + 1);
        }
    }

    [Fact]
    public void AStoreDisposedWhileItRunsReleasesItsMemoryOnlyWhenTheCallReturns()
    {
        var engine = new Engine();
        var module = Module.FromBytes(engine, Guest);
        var store = new Store(engine);
        var instance = new Linker(engine).Instantiate(store, module);
        var memory = instance.GetMemory("memory")!;
        Exception? outcome = null;
        using var started = new ManualResetEventSlim();
        var runner = new Thread(() =>
        {
            started.Set();
            try { instance.GetAction("spin")(); }
            catch (Exception e) { outcome = e; }
        });
        runner.Start();
        started.Wait();
        Thread.Sleep(50);
        store.Dispose();
        // Still running: the memory is still there, for the code that runs in it.
        Assert.Equal(2UL, memory.Pages);
        store.Interrupt();
        runner.Join();
        Assert.Equal(TrapKind.Interrupted, Assert.IsType<TrapException>(outcome).Kind);
        Assert.Equal(0UL, memory.Pages);
        Assert.Throws<TrapException>(() => memory.ReadInt32(0));
        Assert.Throws<ObjectDisposedException>(() => instance.GetFunction<long>("sum")());
    }

    [Fact]
    public void AMemoryOfAnotherStoreCannotBeImported()
    {
        var engine = new Engine();
        using var first = new Store(engine);
        var exporter = new Linker(engine).Instantiate(first, Module.FromBytes(engine, Guest));
        var importer = Module.FromBytes(engine, Wabt.Wat2Wasm("(module (import \"m\" \"memory\" (memory 1)))"));
        using var second = new Store(engine);
        var linker = new Linker(engine);
        linker.DefineInstance("m", exporter);
        var refusal = Assert.Throws<LinkException>(() => linker.Instantiate(second, importer));
        Assert.Contains("m.memory is a memory of another store", refusal.Message);
        // Within its own store, it can.
        linker.Instantiate(first, importer);
    }
}
