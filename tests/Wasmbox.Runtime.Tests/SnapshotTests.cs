namespace Wasmbox.Runtime.Tests;

/// <summary>
/// Snapshots (pre-initialization): an instance is initialized once, captured, and every instance
/// made from the capture starts in that state, on its own copy, without running the start
/// function or the initializer again; what cannot be captured is refused with the reason.
/// </summary>
public sealed class SnapshotTests
{
    private const int Entries = 64 * 1024;

    /// <summary>Guard regions and explicit checks, each with the memory mapped from an image and copied.</summary>
    public static TheoryData<BoundsChecks, bool> Configurations() => new()
    {
        { BoundsChecks.GuardRegion, true }, { BoundsChecks.Explicit, true }, { BoundsChecks.GuardRegion, false }, { BoundsChecks.Explicit, false },
    };

    [Theory]
    [MemberData(nameof(Configurations))]
    public void RequestsReadTheTableTheInitializerBuiltEachOnAFreshCopy(BoundsChecks checks, bool memoryImages)
    {
        var engine = new Engine(EngineConfig.Default.WithBoundsChecks(checks).WithMemoryImages(memoryImages));
        var module = Module.FromBytes(engine, CGuests.Reactor("snapshot_table"));
        Snapshot snapshot;
        using (var initializing = new Store(engine)) snapshot = new Linker(engine).Prepare(module).CreateSnapshot(initializing);
        Assert.Equal(memoryImages, snapshot.IsMapped);

        for (var request = 0; request < 5; request++)
        {
            using var store = new Store(engine);
            var instance = snapshot.Instantiate(store);
            Assert.Equal(1, instance.GetFunction<int>("initializations")());
            Assert.Equal(0, instance.GetFunction<int>("requests")());
            var key = 27 + request * 1000;
            Assert.Equal(CollatzSteps(key), instance.GetFunction<int, int>("handle")(key));   // and ruins the table
            Assert.Equal(1, instance.GetFunction<int>("requests")());
            Assert.Equal(unchecked((int)0xdeadbeef), instance.GetFunction<int, int>("handle")(key));
        }

        // Without the snapshot nothing was built: the initializer really ran only at snapshot time.
        using var plain = new Store(engine);
        Assert.Equal(0, new Linker(engine).Instantiate(plain, module).GetFunction<int>("initializations")());
    }

    [Fact]
    public void LiveInstancesOfOneSnapshotDoNotSeeEachOthersWrites()
    {
        var engine = new Engine();
        var snapshot = Initialized(engine, CGuests.Reactor("snapshot_table"));
        using var first = new Store(engine);
        using var second = new Store(engine);
        var a = snapshot.Instantiate(first);
        var b = snapshot.Instantiate(second);
        Assert.Equal(CollatzSteps(97), a.GetFunction<int, int>("handle")(97));
        Assert.Equal(CollatzSteps(97), b.GetFunction<int, int>("handle")(97));
        Assert.Equal(1, b.GetFunction<int>("requests")());
        Assert.Equal(unchecked((int)0xdeadbeef), a.GetFunction<int, int>("handle")(97));
    }

    [Fact]
    public void ManyThreadsInstantiatingOneSnapshotEachGetTheirOwnCopy()
    {
        var engine = new Engine();
        var snapshot = Initialized(engine, CGuests.Reactor("snapshot_table"));
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        var threads = Enumerable.Range(0, 4).Select(t => new Thread(() =>
        {
            for (var request = 0; request < 40; request++)
            {
                try
                {
                    using var store = new Store(engine);
                    var handle = snapshot.Instantiate(store).GetFunction<int, int>("handle");
                    var key = 1 + t * 1000 + request;
                    if (handle(key) != CollatzSteps(key)) failures.Add($"thread {t}, request {request}: not a fresh copy");
                }
                catch (Exception e)
                {
                    failures.Add($"thread {t}, request {request}: {e}");
                }
            }
        })).ToList();
        threads.ForEach(thread => thread.Start());
        threads.ForEach(thread => thread.Join());
        Assert.Empty(failures);
    }

    private static readonly string StatefulGuest = """
        (module
          (type $answer (func (result i32)))
          (memory (export "memory") 1 10)
          (table $functions 1 funcref)
          (global $starts (export "starts") (mut i32) (i32.const 0))
          (global $wide (export "wide") (mut i64) (i64.const 0))
          (global $ratio (export "ratio") (mut f64) (f64.const 0))
          (global $chosen (mut funcref) (ref.null func))
          (data $kept "kept")
          (data $dropped "dropped")
          (elem $passive func $seven)
          (elem declare func $eleven)
          (func $seven (type $answer) (i32.const 7))
          (func $eleven (type $answer) (i32.const 11))
          (func $start (global.set $starts (i32.add (global.get $starts) (i32.const 1))))
          (start $start)
          (func (export "wizer.initialize")
            (drop (memory.grow (i32.const 2)))
            (i32.store (i32.const 131072) (i32.const 0x1234))
            (global.set $wide (i64.const 0x123456789))
            (global.set $ratio (f64.const 2.5))
            (global.set $chosen (ref.func $eleven))
            (drop (table.grow $functions (ref.func $seven) (i32.const 2)))
            (table.set $functions (i32.const 0) (ref.func $eleven))
            (data.drop $dropped))
          (func (export "call") (param i32) (result i32) (call_indirect (type $answer) (local.get 0)))
          (func (export "call_chosen") (result i32)
            (table.set $functions (i32.const 0) (global.get $chosen))
            (call_indirect (type $answer) (i32.const 0)))
          (func (export "table_size") (result i32) (table.size $functions))
          (func (export "init_kept") (memory.init $kept (i32.const 0) (i32.const 0) (i32.const 4)))
          (func (export "init_dropped") (memory.init $dropped (i32.const 0) (i32.const 0) (i32.const 1)))
          (func (export "init_elem") (table.init $functions $passive (i32.const 2) (i32.const 0) (i32.const 1)))
          (func (export "load") (param i32) (result i32) (i32.load (local.get 0)))
          (func (export "pages") (result i32) (memory.size)))
        """;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AnInstanceFromASnapshotHasTheCapturedGlobalsTablesMemoryAndDrops(bool serialized)
    {
        var engine = new Engine();
        var snapshot = Initialized(engine, Wabt.Wat2Wasm(StatefulGuest));
        if (serialized)
        {
            // As another process would: a new engine, the module compiled again from the same Wasm.
            engine = new Engine();
            snapshot = new Linker(engine).Prepare(Module.FromBytes(engine, Wabt.Wat2Wasm(StatefulGuest))).LoadSnapshot(snapshot.Serialize());
        }
        using var store = new Store(engine);
        var instance = snapshot.Instantiate(store);

        Assert.Equal(1, instance.GetGlobal("starts")!.Value.AsI32());   // the start function ran once, before the capture
        Assert.Equal(0x123456789L, instance.GetGlobal("wide")!.Value.AsI64());
        Assert.Equal(2.5, instance.GetGlobal("ratio")!.Value.AsF64());
        Assert.Equal(3, instance.GetFunction<int>("pages")());
        Assert.Equal(0x1234, instance.GetFunction<int, int>("load")(131072));
        Assert.Equal(3, instance.GetFunction<int>("table_size")());
        var call = instance.GetFunction<int, int>("call");
        Assert.Equal(11, call(0));
        Assert.Equal(7, call(1));
        Assert.Equal(7, call(2));
        Assert.Equal(11, instance.GetFunction<int>("call_chosen")());
        instance.GetAction("init_kept")();
        Assert.Equal("kept", instance.GetMemory("memory")!.ReadString(0, 4));
        Assert.Equal(TrapKind.MemoryOutOfBounds, Assert.Throws<TrapException>(() => instance.GetAction("init_dropped")()).Kind);
        instance.GetAction("init_elem")();
        Assert.Equal(7, call(2));
    }

    [Fact]
    public void ASerializedSnapshotOfTheCGuestServesRequestsInAnotherEngine()
    {
        var wasm = CGuests.Reactor("snapshot_table");
        var bytes = Initialized(new Engine(), wasm).Serialize();
        var engine = new Engine();
        var snapshot = new Linker(engine).Prepare(Module.FromBytes(engine, wasm)).LoadSnapshot(bytes);
        Assert.True(snapshot.IsMapped);
        for (var request = 0; request < 2; request++)
        {
            using var store = new Store(engine);
            var instance = snapshot.Instantiate(store);
            Assert.Equal(1, instance.GetFunction<int>("initializations")());
            Assert.Equal(CollatzSteps(871), instance.GetFunction<int, int>("handle")(871));
        }
    }

    [Fact]
    public void ASnapshotOfAnotherModuleOrDamagedBytesIsRefused()
    {
        var engine = new Engine();
        var bytes = Initialized(engine, Wabt.Wat2Wasm(StatefulGuest)).Serialize();
        var other = new Linker(engine).Prepare(Module.FromBytes(engine, Wabt.Wat2Wasm(StatefulGuest.Replace("(i32.const 7)", "(i32.const 8)"))));
        Assert.Contains("another module", Assert.Throws<SnapshotException>(() => other.LoadSnapshot(bytes)).Reason);

        var pre = new Linker(engine).Prepare(Module.FromBytes(engine, Wabt.Wat2Wasm(StatefulGuest)));
        for (var length = 0; length < bytes.Length; length++)
            Assert.StartsWith("damaged snapshot", Assert.Throws<SnapshotException>(() => pre.LoadSnapshot(bytes.AsMemory(0, length))).Reason);
        // Any single byte changed: refused as damaged, or (in memory or global contents) loaded as
        // other state that instantiates like any other.
        for (var at = 0; at < bytes.Length; at++)
        {
            var forged = (byte[])bytes.Clone();
            forged[at] ^= 0x81;
            try
            {
                using var store = new Store(engine);
                pre.LoadSnapshot(forged).Instantiate(store);
            }
            catch (SnapshotException)
            {
            }
        }
    }

    [Fact]
    public void AStoreLimitBelowTheCapturedMemoryRefusesTheInstance()
    {
        var engine = new Engine();
        var snapshot = Initialized(engine, Wabt.Wat2Wasm(StatefulGuest));
        using var store = new Store(engine, limits: StoreLimits.Unlimited.WithMaxMemoryBytes(2 * 65536));
        Assert.Contains("3 pages", Assert.Throws<ResourceLimitException>(() => snapshot.Instantiate(store)).Message);
        Assert.True(store.MemoryLimitReached);
    }

    private static readonly string HostCallingGuest = """
        (module
          (import "env" "open_config" (func $open (result i32)))
          (import "env" "clock" (func $clock (result i64)))
          (import "env" "write" (func $write (param i32)))
          (global $opened (export "opened") (mut i32) (i32.const 0))
          (global $time (export "time") (mut i64) (i64.const 0))
          (global $mode (mut i32) (i32.const 0))
          (table $functions 1 funcref)
          (elem declare func $clock)
          (func (export "wizer.initialize")
            (global.set $time (call $clock))
            (call $write (i32.const 1))
            (if (i32.eq (global.get $mode) (i32.const 1)) (then (global.set $opened (call $open))))
            (if (i32.eq (global.get $mode) (i32.const 2)) (then (call $write (i32.const 5))))
            (if (i32.eq (global.get $mode) (i32.const 3)) (then (table.set $functions (i32.const 0) (ref.func $clock))))))
        """;

    private sealed class Host
    {
        public int Opens;
        public readonly List<int> Writes = [];
    }

    /// <summary>The guest above in a linker whose env.clock may run during initialization, and env.write only to stream 1.</summary>
    private static (InstancePre Pre, Host Host, SnapshotOptions Options) HostCallingSetUp(Engine engine, int mode)
    {
        var host = new Host();
        var linker = new Linker(engine);
        linker.DefineFunction("env", "open_config", () => ++host.Opens);
        linker.DefineFunction("env", "clock", () => 1_700_000_000L);
        linker.DefineFunction("env", "write", (int stream) => host.Writes.Add(stream));
        var module = Module.FromBytes(engine, Wabt.Wat2Wasm(HostCallingGuest.Replace("(global $mode (mut i32) (i32.const 0))",
            $"(global $mode (mut i32) (i32.const {mode}))")));
        var options = SnapshotOptions.Default
            .AllowingHostFunctions("env.clock")
            .WithHostCallFilter((module, name, arguments) => name != "write" ? "it changes the host"
                : arguments[0].AsI32() == 1 ? null : $"write to stream {arguments[0].AsI32()} is not for snapshots");
        return (linker.Prepare(module), host, options);
    }

    [Fact]
    public void HostCallsTheEmbedderAllowedRunAndTheirResultsAreKept()
    {
        var engine = new Engine();
        var (pre, host, options) = HostCallingSetUp(engine, mode: 0);
        using var initializing = new Store(engine);
        var snapshot = pre.CreateSnapshot(initializing, options);
        Assert.Equal([1], host.Writes);
        using var store = new Store(engine);
        Assert.Equal(1_700_000_000L, snapshot.Instantiate(store).GetGlobal("time")!.Value.AsI64());
        Assert.Equal([1], host.Writes);   // nothing runs again
    }

    [Fact]
    public void AnInitializerCallingAHostFunctionNotAllowedIsRefusedWithTheReason()
    {
        var engine = new Engine();
        var (pre, host, options) = HostCallingSetUp(engine, mode: 1);
        using var initializing = new Store(engine);
        var refused = Assert.Throws<SnapshotException>(() => pre.CreateSnapshot(initializing, options));
        Assert.Contains("env.open_config", refused.Reason);
        Assert.Contains("not allowed during initialization: it changes the host", refused.Reason);
        Assert.Equal(0, host.Opens);   // stopped before it ran
    }

    [Fact]
    public void AHostCallTheFilterRefusesIsRefused()
    {
        var engine = new Engine();
        var (pre, host, options) = HostCallingSetUp(engine, mode: 2);
        using var initializing = new Store(engine);
        Assert.EndsWith("env.write, a host function not allowed during initialization: write to stream 5 is not for snapshots",
            Assert.Throws<SnapshotException>(() => pre.CreateSnapshot(initializing, options)).Reason);
        Assert.Equal([1], host.Writes);
    }

    [Fact]
    public void ATableHoldingAHostFunctionIsRefused()
    {
        var engine = new Engine();
        var (pre, _, options) = HostCallingSetUp(engine, mode: 3);
        using var initializing = new Store(engine);
        var reason = Assert.Throws<SnapshotException>(() => pre.CreateSnapshot(initializing, options)).Reason;
        Assert.Contains("element 0 of table 0", reason);
        Assert.Contains("env.clock", reason);
    }

    [Fact]
    public void WhatLivesOutsideTheInstanceIsRefusedBeforeAnythingRuns()
    {
        var engine = new Engine();
        var linker = new Linker(engine);
        linker.Define("host", "memory", new Memory(new MemoryType(new Limits(1, null))));
        var module = Module.FromBytes(engine, Wabt.Wat2Wasm("""
            (module (import "host" "memory" (memory 1)) (func (export "wizer.initialize")))
            """));
        using var store = new Store(engine);
        Assert.Contains("imports memory host.memory", Assert.Throws<SnapshotException>(() => linker.Prepare(module).CreateSnapshot(store)).Reason);
    }

    [Fact]
    public void AMissingOrTrappingInitializerIsRefused()
    {
        var engine = new Engine();
        var module = Module.FromBytes(engine, Wabt.Wat2Wasm("(module (func (export \"init\") unreachable))"));
        var pre = new Linker(engine).Prepare(module);
        using var store = new Store(engine);
        Assert.Contains("\"wizer.initialize\"", Assert.Throws<SnapshotException>(() => pre.CreateSnapshot(store)).Reason);
        Assert.Contains("unreachable", Assert.Throws<SnapshotException>(() => pre.CreateSnapshot(store, SnapshotOptions.Default.WithInitializer("init"))).Reason);
        Assert.NotNull(pre.CreateSnapshot(store, SnapshotOptions.Default.WithInitializer(null)));
    }

    [Fact]
    public void TheHostCanInitializeWithInputOfItsOwn()
    {
        // As an interpreter would be given its script: the host writes it into guest memory and
        // calls an export with its address; the snapshot keeps what the guest made of it.
        var engine = new Engine();
        var module = Module.FromBytes(engine, Wabt.Wat2Wasm("""
            (module
              (memory (export "memory") 1)
              (global $length (mut i32) (i32.const 0))
              (func (export "load_script") (param $address i32) (param $length i32)
                (memory.copy (i32.const 1024) (local.get $address) (local.get $length))
                (memory.fill (local.get $address) (i32.const 0) (local.get $length))
                (global.set $length (local.get $length)))
              (func (export "script_length") (result i32) (global.get $length)))
            """));
        var script = "export default { fetch() {} }"u8.ToArray();
        using var initializing = new Store(engine);
        var snapshot = new Linker(engine).Prepare(module).CreateSnapshot(initializing, SnapshotOptions.Default.WithInitialization(instance =>
        {
            script.CopyTo(instance.GetMemory("memory")!.GetSpan(4096, script.Length));
            instance.GetAction<int, int>("load_script")(4096, script.Length);
        }));
        using var store = new Store(engine);
        var copy = snapshot.Instantiate(store);
        Assert.Equal(script.Length, copy.GetFunction<int>("script_length")());
        Assert.Equal(script, copy.GetMemory("memory")!.GetSpan(1024, script.Length).ToArray());
    }

    /// <summary>A snapshot of the module, initialized in a store of its own that is gone once it is made.</summary>
    private static Snapshot Initialized(Engine engine, byte[] wasm)
    {
        using var initializing = new Store(engine);
        return new Linker(engine).Prepare(Module.FromBytes(engine, wasm)).CreateSnapshot(initializing);
    }

    private static int CollatzSteps(long n)
    {
        var count = 0;
        for (; n != 1; count++) n = n % 2 == 1 ? 3 * n + 1 : n / 2;
        return count;
    }
}
