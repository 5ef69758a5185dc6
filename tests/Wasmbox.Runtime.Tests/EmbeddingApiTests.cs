namespace Wasmbox.Runtime.Tests;

/// <summary>What an embedder sees through Engine, Module, Linker, Store and Instance.</summary>
public sealed class EmbeddingApiTests : IDisposable
{
    private static readonly byte[] ApiGuest = Wabt.Guest("api");
    private readonly Engine engine = new();
    private readonly Store store;
    private readonly Linker linker;
    private readonly List<string> hostLog = new();

    public EmbeddingApiTests()
    {
        store = new Store(engine);
        linker = new Linker(engine);
        linker.DefineFunction("host", "add", (int a, int b) =>
        {
            hostLog.Add($"add {a} {b}");
            return a + b;
        });
        linker.DefineFunction("host", "fail", new Action(() => throw new InvalidOperationException("disk on fire")));
    }

    public void Dispose() => store.Dispose();

    private Instance Instantiate() => linker.Instantiate(store, Module.FromBytes(engine, ApiGuest));

    [Theory]
    [InlineData(-2.9802322387695312E-08)]   // -2^-25: .NET's "R" gives text that reads back as another double
    [InlineData(0.1)]
    [InlineData(double.MaxValue)]
    [InlineData(5e-324)]
    public void FloatValuesPrintAsTextThatReadsBackTheSame(double number)
    {
        var text = Value.F64(number).ToString();
        Assert.Equal(number, double.Parse(text[..text.IndexOf(':')], System.Globalization.CultureInfo.InvariantCulture));
        var single = (float)number;
        var singleText = Value.F32(single).ToString();
        Assert.Equal(single, float.Parse(singleText[..singleText.IndexOf(':')], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void TypedExportComputesFactorial()
    {
        var fac = Instantiate().GetFunction<long, long>("fac");
        Assert.Equal(2432902008176640000L, fac(20));
    }

    [Fact]
    public void GuestCallsHostFunctionWithItsArguments()
    {
        var callHost = Instantiate().GetFunction<int, int, int>("call_host");
        Assert.Equal(42, callHost(40, 2));
        Assert.Equal(["add 40 2"], hostLog);
    }

    [Fact]
    public void MultiValueResultsComeBackInOrder()
    {
        var results = Instantiate().GetFunction("swap")!.Invoke(Value.I32(5), Value.I64(-9));
        Assert.Equal([Value.I64(-9), Value.I32(5)], results);
    }

    [Fact]
    public void TrapCarriesSpecMessageAndWasmBacktrace()
    {
        var outer = Instantiate().GetAction("outer");
        var trap = Assert.Throws<TrapException>(() => outer());
        Assert.Equal(TrapKind.Unreachable, trap.Kind);
        Assert.Equal("unreachable", trap.Reason);
        Assert.Equal(["boom", "outer"], trap.WasmBacktrace.Take(2));
        Assert.Contains("boom", trap.Message);
    }

    [Fact]
    public void DivisionTrapsAreDistinguished()
    {
        var div = Instantiate().GetFunction<int, int, int>("div");
        Assert.Equal(TrapKind.IntegerDivideByZero, Assert.Throws<TrapException>(() => div(1, 0)).Kind);
        Assert.Equal(TrapKind.IntegerOverflow, Assert.Throws<TrapException>(() => div(int.MinValue, -1)).Kind);
        Assert.Equal(-3, div(7, -2));
    }

    [Fact]
    public void RunawayRecursionTrapsAndTheStoreKeepsWorking()
    {
        var instance = Instantiate();
        var recurse = instance.GetFunction<int, int>("recurse");
        var trap = Assert.Throws<TrapException>(() => recurse(0));
        Assert.Equal(TrapKind.CallStackExhausted, trap.Kind);
        Assert.Equal("call stack exhausted", trap.Reason);
        Assert.Equal(120L, instance.GetFunction<long, long>("fac")(5));
    }

    [Fact]
    public void HostMemoryWritesAreSeenByTheGuest()
    {
        var instance = Instantiate();
        var memory = instance.GetMemory("memory")!;
        for (var i = 0; i < 100; i++) memory.WriteInt32(1024 + (ulong)i * 4, i);
        Assert.Equal(4950, instance.GetFunction<int, int, int>("sum")(1024, 100));
        Assert.Equal("hello", memory.ReadString(16, 5));
    }

    [Fact]
    public void OutOfBoundsAccessTrapsAtTheExactEnd()
    {
        var load = Instantiate().GetFunction<int, int>("load");
        Assert.Equal(0, load(65532));
        Assert.Equal(TrapKind.MemoryOutOfBounds, Assert.Throws<TrapException>(() => load(65533)).Kind);
        Assert.Equal(TrapKind.MemoryOutOfBounds, Assert.Throws<TrapException>(() => load(-1)).Kind);
        var loadOffset = Instantiate().GetFunction<int, int>("load_offset");
        Assert.Equal(TrapKind.MemoryOutOfBounds, Assert.Throws<TrapException>(() => loadOffset(1)).Kind);
    }

    [Fact]
    public void MemoryGrowsUpToItsMaximumThenFails()
    {
        var instance = Instantiate();
        var grow = instance.GetFunction<int, int>("grow");
        var load = instance.GetFunction<int, int>("load");
        Assert.Equal(1, grow(2));
        Assert.Equal(0, load(3 * 65536 - 4));
        Assert.Equal(-1, grow(2));
        Assert.Equal(3UL, instance.GetMemory("memory")!.Pages);
    }

    [Fact]
    public void ExportedGlobalIsSharedWithTheHost()
    {
        var instance = Instantiate();
        var counter = instance.GetGlobal("counter")!;
        Assert.Equal(7, counter.Value.AsI32());
        Assert.Equal(8, instance.GetFunction<int>("bump")());
        counter.Value = Value.I32(100);
        Assert.Equal(101, instance.GetFunction<int>("bump")());
    }

    [Fact]
    public void HostExceptionBecomesHostErrorTrap()
    {
        var trap = Assert.Throws<TrapException>(() => Instantiate().GetAction("call_failing_host")());
        Assert.Equal(TrapKind.HostError, trap.Kind);
        Assert.IsType<InvalidOperationException>(trap.InnerException);
        Assert.Contains("disk on fire", trap.Message);
    }

    [Fact]
    public void MissingImportIsALinkErrorNamingIt()
    {
        var error = Assert.Throws<LinkException>(() => new Linker(engine).Instantiate(store, Module.FromBytes(engine, ApiGuest)));
        Assert.Contains("host.add", error.Message);
    }

    [Fact]
    public void ImportOfTheWrongTypeIsRefused()
    {
        var wrong = new Linker(engine);
        wrong.DefineFunction("host", "add", (long a) => a);
        wrong.DefineFunction("host", "fail", new Action(() => { }));
        var error = Assert.Throws<LinkException>(() => wrong.Instantiate(store, Module.FromBytes(engine, ApiGuest)));
        Assert.Contains("incompatible import type for host.add", error.Message);
    }

    [Fact]
    public void ModulesLinkThroughRegisteredInstances()
    {
        var provider = linker.Instantiate(store, Module.FromBytes(engine, ApiGuest));
        linker.DefineInstance("api", provider);
        var consumer = Module.FromBytes(engine, Wabt.Wat2Wasm("""
            (module
              (import "api" "memory" (memory 1))
              (import "api" "fac" (func $fac (param i64) (result i64)))
              (func (export "fac_plus_byte") (param i64) (result i64)
                (i64.add (call $fac (local.get 0)) (i64.load8_u (i32.const 16)))))
            """));
        var instance = linker.Instantiate(store, consumer);
        Assert.Equal(6L + 'h', instance.GetFunction<long, long>("fac_plus_byte")(3));
    }

    [Fact]
    public void DataSegmentOutOfBoundsTrapsAtInstantiation()
    {
        var module = Module.FromBytes(engine, Wabt.Wat2Wasm("(module (memory 1) (data (i32.const 65535) \"ab\"))"));
        var trap = Assert.Throws<TrapException>(() => new Linker(engine).Instantiate(store, module));
        Assert.Equal(TrapKind.MemoryOutOfBounds, trap.Kind);
    }

    [Fact]
    public void StartFunctionRunsAtInstantiation()
    {
        var module = Module.FromBytes(engine, Wabt.Wat2Wasm("""
            (module (global (export "g") (mut i32) (i32.const 0))
              (func $start (global.set 0 (i32.const 99))) (start $start))
            """));
        Assert.Equal(99, new Linker(engine).Instantiate(store, module).GetGlobal("g")!.Value.AsI32());
    }

    [Fact]
    public void InvalidModuleSaysWhatAndWhere()
    {
        var bytes = Wabt.Wat2Wasm("(module (func (result i32) (i32.add (i32.const 1) (i64.const 2))))", "--no-check");
        var error = Assert.Throws<InvalidModuleException>(() => Module.FromBytes(engine, bytes));
        Assert.StartsWith("type mismatch", error.Reason);
        Assert.Contains("i32.add", error.Message);
        Assert.Contains("function 0", error.Message);
    }

    [Fact]
    public void MalformedModuleSaysWhatAndWhere()
    {
        var error = Assert.Throws<MalformedModuleException>(() => Module.FromBytes(engine, new byte[] { 0, 0x61, 0x73, 0x6e, 1, 0, 0, 0 }));
        Assert.Equal("magic header not detected", error.Reason);
        var truncated = Assert.Throws<MalformedModuleException>(() => Module.FromBytes(engine, ApiGuest.AsMemory(0, ApiGuest.Length - 3)));
        Assert.NotEmpty(truncated.Reason);
        Assert.InRange(truncated.Offset, 8, ApiGuest.Length);
    }

    [Fact]
    public void UntypedInvokeChecksArguments()
    {
        var fac = Instantiate().GetFunction("fac")!;
        Assert.Throws<ArgumentException>(() => fac.Invoke(Value.I32(1)));
        Assert.Throws<ArgumentException>(() => fac.Invoke());
        Assert.Throws<InvalidCastException>(() => Instantiate().GetFunction<int, int>("fac"));
    }
}
