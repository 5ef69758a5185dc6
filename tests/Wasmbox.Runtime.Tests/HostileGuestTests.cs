using System.Diagnostics;

namespace Wasmbox.Runtime.Tests;

/// <summary>
/// Guests written to hurt the host. Each must end in a clean error, and afterwards the same
/// process must still run a well-behaved module correctly.
/// </summary>
public sealed class HostileGuestTests
{
    private static readonly byte[] WellBehaved = Wabt.Wat2Wasm("""
        (module (func $fac (export "fac") (param i64) (result i64)
          (if (result i64) (i64.le_u (local.get 0) (i64.const 1)) (then (i64.const 1))
            (else (i64.mul (local.get 0) (call $fac (i64.sub (local.get 0) (i64.const 1))))))))
        """);

    private static void StillServesOthers()
    {
        var engine = new Engine();
        var instance = new Linker(engine).Instantiate(new Store(engine), Module.FromBytes(engine, WellBehaved));
        Assert.Equal(3628800L, instance.GetFunction<long, long>("fac")(10));
    }

    private static Instance Load(Store store, byte[] wasm) =>
        new Linker(store.Engine).Instantiate(store, Module.FromBytes(store.Engine, wasm));

    [Fact]
    public void MemoryBombStopsAtTheStoreLimit()
    {
        var store = new Store(new Engine(), limits: StoreLimits.Unlimited.WithMaxMemoryBytes(16 << 20));
        var bomb = Load(store, Wabt.Wat2Wasm("""
            (module (memory 1)
              (func (export "bomb") (result i32) (local $pages i32)
                (block $full (loop $more
                  (br_if $full (i32.eq (memory.grow (i32.const 1)) (i32.const -1)))
                  (local.set $pages (i32.add (local.get $pages) (i32.const 1)))
                  (br $more)))
                (local.get $pages)))
            """));
        Assert.Equal(255, bomb.GetFunction<int>("bomb")());
        Assert.Equal(16UL << 20, store.MemoryBytes);
        StillServesOthers();
    }

    [Fact]
    public void TableBombStopsAtTheStoreLimit()
    {
        var store = new Store(new Engine(), limits: StoreLimits.Unlimited.WithMaxTableElements(100_000));
        var bomb = Load(store, Wabt.Wat2Wasm("""
            (module (table 0 externref)
              (func (export "bomb") (result i32)
                (block $full (loop $more
                  (br_if $full (i32.eq (table.grow 0 (ref.null extern) (i32.const 1000)) (i32.const -1)))
                  (br $more)))
                (table.size 0)))
            """));
        Assert.Equal(100_000, bomb.GetFunction<int>("bomb")());
        StillServesOthers();
    }

    [Fact]
    public void FuelBurnerRunsOutOfFuel()
    {
        var store = new Store(new Engine(EngineConfig.Default.WithFuel(true)));
        store.SetFuel(1_000_000);
        var burner = Load(store, Wabt.Wat2Wasm("""
            (module (func (export "burn") (result i64) (local $x i64)
              (loop $again
                (local.set $x (i64.add (i64.mul (local.get $x) (i64.const 6364136223846793005)) (i64.const 1)))
                (br $again))
              (local.get $x)))
            """));
        Assert.Equal(TrapKind.OutOfFuel, Assert.Throws<TrapException>(() => burner.GetFunction<long>("burn")()).Kind);
        StillServesOthers();
    }

    [Fact]
    public void MillionNestedBlocksCompileAndRun()
    {
        var module = RawModule.SingleFunction([0], [.. RawModule.Repeat([0x02, 0x40], 1_000_000), .. RawModule.Repeat([0x0B], 1_000_000), 0x41, 0x07]);
        Assert.Equal(7, Load(new Store(new Engine()), module).GetFunction<int>("f")());
        // Planning where to split it (it is far over the size limit) must not recurse either,
        // nor take time growing with depth times size: blocks with a branch out of each, cut everywhere.
        var branching = RawModule.SingleFunction([0], [.. RawModule.Repeat([0x02, 0x40, 0x0C, 0x00], 200_000), .. RawModule.Repeat([0x0B], 200_000), 0x41, 0x07]);
        Assert.Equal(7, Load(new Store(new Engine(EngineConfig.Default.WithForcedSplitting(2))), branching).GetFunction<int>("f")());
        StillServesOthers();
    }

    [Fact]
    public void HundredThousandFunctionsCompile()
    {
        const int count = 100_000;
        var body = new byte[] { 4, 0, 0x41, 0x01, 0x0B };
        var wasm = new List<byte>(RawModule.Header);
        wasm.AddRange(RawModule.Section(1, [1, 0x60, 0, 1, 0x7F]));
        wasm.AddRange(RawModule.Section(3, RawModule.Leb(count), RawModule.Repeat([0], count)));
        wasm.AddRange(RawModule.Section(7, [1, 4, .. "last"u8.ToArray(), 0], RawModule.Leb(count - 1)));
        wasm.AddRange(RawModule.Section(10, RawModule.Leb(count), RawModule.Repeat(body, count)));
        Assert.Equal(1, Load(new Store(new Engine()), wasm.ToArray()).GetFunction<int>("last")());
        StillServesOthers();
    }

    [Fact]
    public void FiftyThousandLocalsRunAndOneMoreIsRefused()
    {
        byte[] Locals(uint count) => [1, .. RawModule.Leb(count), 0x7F];
        var ok = RawModule.SingleFunction(Locals(50_000), [0x20, .. RawModule.Leb(49_999)]);
        Assert.Equal(0, Load(new Store(new Engine()), ok).GetFunction<int>("f")());
        var tooMany = RawModule.SingleFunction(Locals(50_001), [0x41, 0]);
        Assert.Equal("too many locals", Assert.Throws<MalformedModuleException>(() => Module.Validate(tooMany)).Reason);
        var lying = RawModule.SingleFunction(Locals(uint.MaxValue), [0x41, 0]);
        Assert.Equal("too many locals", Assert.Throws<MalformedModuleException>(() => Module.Validate(lying)).Reason);
        StillServesOthers();
    }

    [Fact]
    public void LyingCountsAndEndlessLebsFailFast()
    {
        var clock = Stopwatch.StartNew();
        byte[][] inputs =
        [
            [.. RawModule.Header, .. RawModule.Section(1, RawModule.Leb(uint.MaxValue))],
            [.. RawModule.Header, .. RawModule.Section(11, [1, 0, 0x41, 0, 0x0B], RawModule.Leb(uint.MaxValue))],
            [.. RawModule.Header, 1, .. RawModule.Repeat([0xFF], 10_000)],
            [.. RawModule.Header, .. RawModule.Section(1, [1, 0x60, .. RawModule.Repeat([0x80], 50), 0])],
        ];
        foreach (var input in inputs)
            Assert.IsType<MalformedModuleException>(Record.Exception(() => Module.Validate(input)));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        StillServesOthers();
    }

    [Fact]
    public void HugeTablesAndMemoriesAreRefusedOrLazy()
    {
        var engine = new Engine();
        var hugeTable = Module.FromBytes(engine, Wabt.Wat2Wasm("(module (table 4294967295 funcref))"));
        var error = Assert.Throws<ResourceLimitException>(() => new Linker(engine).Instantiate(new Store(engine), hugeTable));
        Assert.Contains("exceeds the engine's limit", error.Message);

        // A 4 GiB memory is reserved and committed lazily: it costs address space, not RAM.
        var store = new Store(engine);
        var big = Load(store, Wabt.Wat2Wasm("(module (memory 65536) (func (export \"last\") (result i32) (i32.load8_u (i32.const -1))))"));
        Assert.Equal(0, big.GetFunction<int>("last")());
        store.Dispose();
        StillServesOthers();
    }

    [Fact]
    public void HugeDataSegmentIsRefused()
    {
        byte[] data = [.. RawModule.Header, .. RawModule.Section(5, [1, 0, 1]),
            .. RawModule.Section(11, [1, 0, 0x41, 0, 0x0B], RawModule.Leb(0xFFFF_FFF0), [1, 2, 3])];
        Assert.IsType<MalformedModuleException>(Record.Exception(() => Module.Validate(data)));
        StillServesOthers();
    }

    [Fact]
    public void WellBehavedStoreCompletesEveryCallBesideEightHostileOnes()
    {
        var engine = new Engine(EngineConfig.Default.WithFuel(true));
        var hostile = Module.FromBytes(engine, Wabt.Wat2Wasm("""
            (module (memory 1)
              (func (export "spin") (loop $l (br $l)))
              (func $rec (export "recurse") (param i32) (result i32) (call $rec (local.get 0)))
              (func (export "bomb") (loop $l (br_if $l (i32.ne (memory.grow (i32.const 16)) (i32.const -1))))))
            """));
        var good = Module.FromBytes(engine, WellBehaved);
        var hostileOutcomes = new TrapKind?[8];
        var threads = Enumerable.Range(0, 8).Select(i => new Thread(() =>
        {
            var store = new Store(engine, limits: StoreLimits.Unlimited.WithMaxMemoryBytes(64 << 20));
            store.SetFuel(ulong.MaxValue / 2);
            store.SetDeadline(TimeSpan.FromMilliseconds(500));
            var instance = new Linker(engine).Instantiate(store, hostile);
            try
            {
                switch (i % 3)
                {
                    case 0: instance.GetAction("spin")(); break;
                    case 1: instance.GetFunction<int, int>("recurse")(1); break;
                    default: instance.GetAction("bomb")(); store.SetDeadline(TimeSpan.FromMilliseconds(200)); instance.GetAction("spin")(); break;
                }
            }
            catch (TrapException trap)
            {
                hostileOutcomes[i] = trap.Kind;
            }
            finally
            {
                store.Dispose();
            }
        }, 16 << 20)).ToList();
        threads.ForEach(t => t.Start());

        var goodStore = new Store(engine);
        goodStore.SetFuel(ulong.MaxValue / 2);
        var fac = new Linker(engine).Instantiate(goodStore, good).GetFunction<long, long>("fac");
        var completed = 0;
        while (threads.Any(t => t.IsAlive))
        {
            Assert.Equal(3628800L, fac(10));
            completed++;
        }
        threads.ForEach(t => t.Join());
        Assert.True(completed > 0);
        Assert.All(hostileOutcomes, kind => Assert.True(
            kind is TrapKind.DeadlineExceeded or TrapKind.CallStackExhausted or TrapKind.OutOfFuel, $"hostile store ended with {kind}"));
    }
}
