namespace Wasmbox.Runtime.Tests;

/// <summary>
/// Module.Serialize and Module.Deserialize: the loaded code behaves exactly as the code that was
/// compiled, in another engine too, and a file that does not fit is refused before it runs.
/// </summary>
public sealed class SerializedModuleTests
{
    private static readonly byte[] ApiGuest = Wabt.Guest("api");

    // Calls through a table: its own functions, and those of another module placed in a shared table.
    private static readonly byte[] IndirectCaller = Wabt.Wat2Wasm("""
        (module
          (type $unary (func (param i32) (result i32)))
          (type $binary (func (param i32 i32) (result i32)))
          (import "other" "table" (table $shared 2 funcref))
          (table $own 2 funcref)
          (elem (table $own) (i32.const 0) func $double $add)
          (func $double (type $unary) (i32.mul (local.get 0) (i32.const 2)))
          (func $add (type $binary) (i32.add (local.get 0) (local.get 1)))
          (func (export "own_unary") (param i32 i32) (result i32)
            (call_indirect $own (type $unary) (local.get 1) (local.get 0)))
          (func (export "shared_unary") (param i32 i32) (result i32)
            (call_indirect $shared (type $unary) (local.get 1) (local.get 0))))
        """);

    private static readonly byte[] IndirectCallees = Wabt.Wat2Wasm("""
        (module
          (table (export "table") 2 funcref)
          (elem (i32.const 0) func $increment $widen)
          (func $increment (param i32) (result i32) (i32.add (local.get 0) (i32.const 1)))
          (func $widen (param i64) (result i64) (local.get 0)))
        """);

    // Types in another order than the caller's, so the engine numbers signatures differently.
    private static readonly byte[] ManySignatures = Wabt.Wat2Wasm("""
        (module
          (func (param f64) (result f64) (local.get 0))
          (func (param i64) (result i64) (local.get 0))
          (func (param i32 i32) (result i32) (local.get 0))
          (func (param i32) (result i32) (local.get 0))
          (func))
        """);

    private static readonly byte[] Counter = Wabt.Wat2Wasm("""
        (module
          (func (export "count") (param $n i32) (result i32)
            (local $i i32)
            (block $done
              (loop $next
                (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
                (local.set $i (i32.add (local.get $i) (i32.const 1)))
                (br $next)))
            (local.get $i)))
        """);

    private static Instance InstantiateApiGuest(Engine engine, Module module, Store store)
    {
        var linker = new Linker(engine);
        linker.DefineFunction("host", "add", (int a, int b) => a + b);
        linker.DefineFunction("host", "fail", new Action(() => throw new InvalidOperationException("no")));
        return linker.Instantiate(store, module);
    }

    private static Module RoundTrip(Module module, Engine into, ModuleSigningKey? key = null) =>
        Module.Deserialize(into, module.Serialize(key), key);

    [Fact]
    public void DeserializedModuleBehavesLikeTheCompiledOne()
    {
        var engine = new Engine();
        var original = Module.FromBytes(engine, ApiGuest);
        var loaded = RoundTrip(original, new Engine());
        Assert.Equal(ModuleOrigin.Compiled, original.Origin);
        Assert.Equal(ModuleOrigin.Deserialized, loaded.Origin);
        Assert.Equal(original.Imports, loaded.Imports);
        Assert.Equal(original.Exports.Select(e => e.Name), loaded.Exports.Select(e => e.Name));

        using var store = new Store(loaded.Engine);
        var instance = InstantiateApiGuest(loaded.Engine, loaded, store);
        Assert.Equal(2432902008176640000L, instance.GetFunction<long, long>("fac")(20));
        Assert.Equal(42, instance.GetFunction<int, int, int>("call_host")(40, 2));
        Assert.Equal([Value.I64(-9), Value.I32(5)], instance.GetFunction("swap")!.Invoke(Value.I32(5), Value.I64(-9)));
        Assert.Equal(8, instance.GetFunction<int>("bump")());
        Assert.Equal("hello", instance.GetMemory("memory")!.ReadString(16, 5));
        Assert.Equal(TrapKind.IntegerDivideByZero, Assert.Throws<TrapException>(() => instance.GetFunction<int, int, int>("div")(1, 0)).Kind);
        Assert.Equal(TrapKind.MemoryOutOfBounds, Assert.Throws<TrapException>(() => instance.GetFunction<int, int>("load")(65535)).Kind);
        Assert.Equal(TrapKind.CallStackExhausted, Assert.Throws<TrapException>(() => instance.GetFunction<int, int>("recurse")(0)).Kind);
    }

    [Fact]
    public void TrapsNameTheSameWasmFunctionsAfterDeserializing()
    {
        var engine = new Engine();
        var loaded = RoundTrip(Module.FromBytes(engine, ApiGuest), engine);
        using var store = new Store(engine);
        var trap = Assert.Throws<TrapException>(() => InstantiateApiGuest(engine, loaded, store).GetAction("outer")());
        Assert.Equal(TrapKind.Unreachable, trap.Kind);
        Assert.Equal(["boom", "outer"], trap.WasmBacktrace.Take(2));
    }

    [Fact]
    public void CallIndirectChecksSignaturesByTheLoadingEnginesNumbering()
    {
        // Compiled where (i32) -> i32 is the engine's first signature...
        var serialized = Module.FromBytes(new Engine(), IndirectCaller).Serialize();

        // ...loaded where it is numbered differently, next to another module's functions.
        var engine = new Engine();
        Module.FromBytes(engine, ManySignatures);
        var caller = Module.Deserialize(engine, serialized);
        using var store = new Store(engine);
        var linker = new Linker(engine);
        linker.DefineInstance("other", linker.Instantiate(store, Module.FromBytes(engine, IndirectCallees)));
        var instance = linker.Instantiate(store, caller);

        var own = instance.GetFunction<int, int, int>("own_unary");
        Assert.Equal(42, own(0, 21));
        Assert.Equal(TrapKind.IndirectCallTypeMismatch, Assert.Throws<TrapException>(() => own(1, 21)).Kind);
        var shared = instance.GetFunction<int, int, int>("shared_unary");
        Assert.Equal(22, shared(0, 21));
        Assert.Equal(TrapKind.IndirectCallTypeMismatch, Assert.Throws<TrapException>(() => shared(1, 21)).Kind);
    }

    [Fact]
    public void OneSerializedModuleLoadsIntoSeveralEngines()
    {
        var serialized = Module.FromBytes(new Engine(), IndirectCaller).Serialize();
        foreach (var engine in new[] { new Engine(), new Engine() })
        {
            Module.FromBytes(engine, ManySignatures);
            using var store = new Store(engine);
            var linker = new Linker(engine);
            linker.DefineInstance("other", linker.Instantiate(store, Module.FromBytes(engine, IndirectCallees)));
            var instance = linker.Instantiate(store, Module.Deserialize(engine, serialized));
            Assert.Equal(6, instance.GetFunction<int, int, int>("own_unary")(0, 3));
            Assert.Equal(4, instance.GetFunction<int, int, int>("shared_unary")(0, 3));
        }
    }

    [Fact]
    public void FuelIsMeteredAlikeWhenCompiledWithFuel()
    {
        var config = EngineConfig.Default.WithFuel(true);
        var compiled = Module.FromBytes(new Engine(config), Counter);
        var loaded = RoundTrip(compiled, new Engine(config));

        ulong Consumed(Module module)
        {
            using var store = new Store(module.Engine);
            store.SetFuel(1_000_000);
            Assert.Equal(100, new Linker(module.Engine).Instantiate(store, module).GetFunction<int, int>("count")(100));
            return store.FuelConsumed;
        }
        Assert.Equal(Consumed(compiled), Consumed(loaded));

        using var starved = new Store(loaded.Engine);
        starved.SetFuel(50);
        var count = new Linker(loaded.Engine).Instantiate(starved, loaded).GetFunction<int, int>("count");
        Assert.Equal(TrapKind.OutOfFuel, Assert.Throws<TrapException>(() => count(100)).Kind);
    }

    [Fact]
    public void SignedModuleLoadsWithItsKey()
    {
        var key = ModuleSigningKey.Generate();
        var engine = new Engine();
        var loaded = RoundTrip(Module.FromBytes(engine, Counter), engine, key);
        using var store = new Store(engine);
        Assert.Equal(7, new Linker(engine).Instantiate(store, loaded).GetFunction<int, int>("count")(7));
    }

    [Theory]
    [InlineData("fuel", "fuel metering is off in the compiled code but on in the engine")]
    [InlineData("costs", "another cost table")]
    [InlineData("interruptible", "interruption checks are off in the compiled code but on in the engine")]
    [InlineData("depth", "counts call depth to no limit, the engine to 100")]
    [InlineData("bounds", "the compiled code checks memory bounds explicitly, the engine with a guard region")]
    public void ModuleCompiledForAnotherConfigurationIsRefused(string change, string expected)
    {
        var compiledWith = change switch
        {
            "costs" => EngineConfig.Default.WithFuel(true),
            "interruptible" => EngineConfig.Default.WithInterruptible(false),
            "bounds" => EngineConfig.Default.WithBoundsChecks(BoundsChecks.Explicit),
            _ => EngineConfig.Default,
        };
        var loadedWith = change switch
        {
            "fuel" => EngineConfig.Default.WithFuel(true),
            "costs" => EngineConfig.Default.WithFuel(true, FuelCostTable.Default.With(Binary.Opcode.I32Add, 5)),
            "interruptible" or "bounds" => EngineConfig.Default,
            _ => EngineConfig.Default.WithMaxCallDepth(100),
        };
        var serialized = Module.FromBytes(new Engine(compiledWith), Counter).Serialize();
        var refusal = Assert.Throws<CompiledModuleException>(() => Module.Deserialize(new Engine(loadedWith), serialized));
        Assert.Equal(CompiledModuleProblem.ConfigurationMismatch, refusal.Problem);
        Assert.Contains(expected, refusal.Message);
    }

    [Fact]
    public void SettingsThatDoNotShapeTheCodeDoNotMatter()
    {
        var serialized = Module.FromBytes(new Engine(), Counter).Serialize();
        var engine = new Engine(EngineConfig.Default.WithMaxStackBytes(64 * 1024).WithFuel(false, FuelCostTable.Default.With(Binary.Opcode.I32Add, 5)));
        Assert.Equal(ModuleOrigin.Deserialized, Module.Deserialize(engine, serialized).Origin);
        // Interruption checks an engine does not need do no harm: nothing interrupts its stores.
        Assert.Equal(ModuleOrigin.Deserialized, Module.Deserialize(new Engine(EngineConfig.Default.WithInterruptible(false)), serialized).Origin);
    }

    [Fact]
    public void AnyChangedByteIsRefusedAsCorruption()
    {
        var serialized = Module.FromBytes(new Engine(), Counter).Serialize();
        // A byte in the header, in the Wasm, in the compiled assembly and in the checksum itself.
        foreach (var position in new[] { 20, serialized.Length / 3, serialized.Length - 100, serialized.Length - 1 })
        {
            var damaged = (byte[])serialized.Clone();
            damaged[position] ^= 0x40;
            var refusal = Assert.Throws<CompiledModuleException>(() => Module.Deserialize(new Engine(), damaged));
            Assert.Equal(CompiledModuleProblem.Corrupted, refusal.Problem);
            Assert.Contains("checksum mismatch", refusal.Message);
        }
        var truncated = Assert.Throws<CompiledModuleException>(() => Module.Deserialize(new Engine(), serialized[..(serialized.Length / 2)]));
        Assert.Equal(CompiledModuleProblem.Corrupted, truncated.Problem);
    }

    [Fact]
    public void TamperingWithASignedModuleIsRefused()
    {
        var key = ModuleSigningKey.Generate();
        var serialized = Module.FromBytes(new Engine(), Counter).Serialize(key);
        var tampered = (byte[])serialized.Clone();
        tampered[serialized.Length - 100] ^= 1;
        Assert.Contains("signature does not match", Refusal(tampered, key, CompiledModuleProblem.SignatureMismatch));
        Assert.Contains("signature does not match", Refusal(serialized, ModuleSigningKey.Generate(), CompiledModuleProblem.SignatureMismatch));
        Assert.Contains("give the key", Refusal(serialized, null, CompiledModuleProblem.SignatureMismatch));
        var unsigned = Module.FromBytes(new Engine(), Counter).Serialize();
        Assert.Contains("not signed", Refusal(unsigned, key, CompiledModuleProblem.SignatureMismatch));
    }

    [Fact]
    public void ModuleFromAnotherBuildOrFormatIsRefused()
    {
        var serialized = Module.FromBytes(new Engine(), Counter).Serialize();
        var image = Persistence.CompiledModuleFile.Read(serialized, null);
        var otherBuild = Persistence.CompiledModuleFile.Write(image with { Build = image.Build with { Version = "0.0.1-old" } }, null);
        Assert.Contains("compiled by Wasmbox 0.0.1-old", Refusal(otherBuild, null, CompiledModuleProblem.OtherBuild));
        var otherRuntime = Persistence.CompiledModuleFile.Write(image with { Build = image.Build with { RuntimeId = Guid.NewGuid() } }, null);
        Refusal(otherRuntime, null, CompiledModuleProblem.OtherBuild);

        var nextFormat = (byte[])serialized.Clone();
        nextFormat[8] = 4;
        Assert.Contains("format 4 is not supported", Refusal(nextFormat, null, CompiledModuleProblem.UnsupportedFormat));
        Assert.Contains("not a compiled Wasmbox module", Refusal(Counter, null, CompiledModuleProblem.NotCompiledModule));
    }

    [Fact]
    public void ConsistentlyLabelledButBrokenContentsAreRefused()
    {
        var serialized = Module.FromBytes(new Engine(), Counter).Serialize();
        var image = Persistence.CompiledModuleFile.Read(serialized, null);
        // A checksum is only as good as what it covers: these carry valid ones over bad contents.
        var garbageCode = Persistence.CompiledModuleFile.Write(image with { Assembly = new byte[] { 1, 2, 3 } }, null);
        Assert.Contains("its code does not load", Refusal(garbageCode, null, CompiledModuleProblem.Corrupted));
        var otherCode = Persistence.CompiledModuleFile.Write(image with { Assembly = Persistence.CompiledModuleFile.Read(Module.FromBytes(new Engine(), ApiGuest).Serialize(), null).Assembly }, null);
        Assert.Contains("its code does not load", Refusal(otherCode, null, CompiledModuleProblem.Corrupted));
        var otherWasm = Persistence.CompiledModuleFile.Write(image with { Wasm = ApiGuest }, null);
        Assert.Contains("does not match the hash", Refusal(otherWasm, null, CompiledModuleProblem.Corrupted));
    }

    [Fact]
    public void SerializedModulesAreRecognisedByTheirFirstBytes()
    {
        Assert.True(Module.IsSerialized(Module.FromBytes(new Engine(), Counter).Serialize()));
        Assert.False(Module.IsSerialized(Counter));
        Assert.False(Module.IsSerialized([]));
    }

    private static string Refusal(byte[] serialized, ModuleSigningKey? key, CompiledModuleProblem problem)
    {
        var refusal = Assert.Throws<CompiledModuleException>(() => Module.Deserialize(new Engine(), serialized, key));
        Assert.Equal(problem, refusal.Problem);
        return refusal.Message;
    }
}
