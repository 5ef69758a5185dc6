using System.Runtime.Intrinsics;
using Wasmbox.Runtime.Binary;

namespace Wasmbox.Runtime.Tests;

/// <summary>v128 values as an embedder meets them: calls, host functions, globals, fuel, snapshots, the compilation cache.</summary>
public sealed class SimdEmbeddingTests : IDisposable
{
    private const string Guest = """
        (module
          (import "host" "scale" (func $scale (param v128 i32) (result v128)))
          (import "host" "sum" (func $sum (param v128) (result i32)))
          (memory (export "memory") 1)
          (global $last (export "last") (mut v128) (v128.const i32x4 0 0 0 0))
          (func (export "add") (param v128 v128) (result v128)
            (global.set $last (i32x4.add (local.get 0) (local.get 1)))
            (global.get $last))
          (func (export "scale_by_host") (param v128) (result v128) (call $scale (local.get 0) (i32.const 3)))
          (func (export "sum_by_host") (param v128) (result i32) (call $sum (local.get 0)))
          ;; Sums n bytes from address 0, sixteen at a time.
          (func (export "sum_bytes") (param $n i32) (result i32)
            (local $i i32) (local $acc v128)
            (block $done
              (loop $next
                (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
                (local.set $acc (i32x4.add (local.get $acc)
                  (i32x4.extadd_pairwise_i16x8_u (i16x8.extadd_pairwise_i8x16_u (v128.load (local.get $i))))))
                (local.set $i (i32.add (local.get $i) (i32.const 16)))
                (br $next)))
            (i32.add
              (i32.add (i32x4.extract_lane 0 (local.get $acc)) (i32x4.extract_lane 1 (local.get $acc)))
              (i32.add (i32x4.extract_lane 2 (local.get $acc)) (i32x4.extract_lane 3 (local.get $acc))))))
        """;

    private static readonly byte[] Wasm = Wabt.Wat2Wasm(Guest);
    private readonly Engine engine;
    private readonly Store store;

    public SimdEmbeddingTests() : this(new Engine())
    {
    }

    private SimdEmbeddingTests(Engine engine)
    {
        this.engine = engine;
        store = new Store(engine);
    }

    public void Dispose() => store.Dispose();

    private static Vector128<byte> Ints(int a, int b, int c, int d) => Vector128.Create(a, b, c, d).AsByte();

    private Instance Instantiate(Engine? on = null, Store? inStore = null)
    {
        var linker = new Linker(on ?? engine);
        linker.DefineFunction("host", "scale", (Vector128<byte> v, int factor) => (v.AsInt32() * factor).AsByte());
        linker.DefineFunction("host", "sum", (Vector128<byte> v) => Vector128.Sum(v.AsInt32()));
        return linker.Instantiate(inStore ?? store, Module.FromBytes(on ?? engine, Wasm));
    }

    [Fact]
    public void V128ArgumentsAndResultsCrossTheUntypedApiWhole()
    {
        var add = Instantiate().GetFunction("add")!;
        var result = add.Invoke(Value.V128(Ints(1, -2, int.MaxValue, 4)), Value.V128(Ints(10, 20, 1, -4)));
        Assert.Equal(ValueKind.V128, result.Single().Kind);
        Assert.Equal(Ints(11, 18, int.MinValue, 0), result.Single().AsV128());
        Assert.Equal("0x0000000b 0x00000012 0x80000000 0x00000000:v128", result.Single().ToString());
        Assert.Equal(Value.V128(0x000000120000000b, unchecked((long)0x0000000080000000)), result.Single());
    }

    [Fact]
    public void HostFunctionsTakeAndReturnVectors()
    {
        var instance = Instantiate();
        Assert.Equal(Ints(3, -6, 9, 0), instance.GetFunction("scale_by_host")!.Invoke(Value.V128(Ints(1, -2, 3, 0))).Single().AsV128());
        Assert.Equal(10, instance.GetFunction("sum_by_host")!.Invoke(Value.V128(Ints(1, 2, 3, 4))).Single().AsI32());
    }

    [Fact]
    public void TypedExportsAcceptVector128()
    {
        var add = Instantiate().GetFunction<Vector128<byte>, Vector128<byte>, Vector128<byte>>("add");
        Assert.Equal(Ints(2, 4, 6, 8), add(Ints(1, 2, 3, 4), Ints(1, 2, 3, 4)));
    }

    [Fact]
    public void AV128GlobalIsReadAndWrittenByTheHost()
    {
        var instance = Instantiate();
        instance.GetFunction("add")!.Invoke(Value.V128(Ints(1, 1, 1, 1)), Value.V128(Ints(1, 2, 3, 4)));
        var last = instance.GetGlobal("last")!;
        Assert.Equal(Ints(2, 3, 4, 5), last.Value.AsV128());
        last.Value = Value.V128(Ints(7, 7, 7, 7));
        Assert.Equal(Ints(7, 7, 7, 7), last.Value.AsV128());
        Assert.Throws<ArgumentException>(() => last.Value = Value.I32(7));
        Assert.Throws<InvalidCastException>(() => last.Value.AsI64());
    }

    [Fact]
    public void AVectorLoopComputesWhatTheBytesAddUpTo()
    {
        var instance = Instantiate();
        var memory = instance.GetMemory("memory")!;
        var bytes = Enumerable.Range(0, 4096).Select(i => (byte)(i * 7)).ToArray();
        bytes.CopyTo(memory.Span);
        Assert.Equal(bytes.Sum(b => b), instance.GetFunction<int, int>("sum_bytes")(bytes.Length));
    }

    [Fact]
    public void SimdInstructionsAreChargedFuel()
    {
        var metered = new Engine(EngineConfig.Default.WithFuel(true, FuelCostTable.Default.With(Opcode.I32x4Add, 100)));
        using var fuelStore = new Store(metered);
        fuelStore.SetFuel(1_000);
        Instantiate(metered, fuelStore).GetFunction("add")!.Invoke(Value.V128(Ints(1, 2, 3, 4)), Value.V128(Ints(1, 2, 3, 4)));
        // local.get, local.get, i32x4.add (100), global.set, global.get
        Assert.Equal(104UL, fuelStore.FuelConsumed);
    }

    [Fact]
    public void AModuleWithVectorsComesBackFromItsSerializedForm()
    {
        var module = Module.FromBytes(engine, Wasm);
        var copy = Module.Deserialize(engine, module.Serialize());
        var linker = new Linker(engine);
        linker.DefineFunction("host", "scale", (Vector128<byte> v, int factor) => v);
        linker.DefineFunction("host", "sum", (Vector128<byte> v) => 0);
        var add = linker.Instantiate(store, copy).GetFunction<Vector128<byte>, Vector128<byte>, Vector128<byte>>("add");
        Assert.Equal(Ints(0, 0, 0, -2), add(Ints(0, 0, 0, -1), Ints(0, 0, 0, -1)));
    }

    [Fact]
    public void ASnapshotCapturesAV128Global()
    {
        const string wat = """
            (module
              (global $table (export "table") (mut v128) (v128.const i64x2 0 0))
              (func (export "wizer.initialize") (global.set $table (v128.const i64x2 0x0123456789abcdef -2))))
            """;
        var wasm = Wabt.Wat2Wasm(wat);
        Snapshot snapshot;
        using (var initializing = new Store(engine))
            snapshot = new Linker(engine).Prepare(Module.FromBytes(engine, wasm)).CreateSnapshot(initializing);
        // As another process would load it: a new engine, the module compiled again.
        var elsewhere = new Engine();
        var loaded = new Linker(elsewhere).Prepare(Module.FromBytes(elsewhere, wasm)).LoadSnapshot(snapshot.Serialize());
        using var fresh = new Store(elsewhere);
        Assert.Equal(Value.V128(0x0123456789abcdef, -2), loaded.Instantiate(fresh).GetGlobal("table")!.Value);
    }

    [Fact]
    public void AVectorResultPrintsWithRunInvoke()
    {
        const string wat = """(module (func (export "f") (param v128 v128) (result v128) (f32x4.mul (local.get 0) (local.get 1))))""";
        var path = Path.Combine(Directory.CreateTempSubdirectory("wasmbox-simd-").FullName, "f.wasm");
        File.WriteAllBytes(path, Wabt.Wat2Wasm(wat));
        var output = new StringWriter();
        var error = new StringWriter();
        var status = Cli.Program.Dispatch(["run", "--no-cache", "--invoke", "f", path, "f32x4:1.5,2,-1,0", "f32x4:2,0.5,3,7"], output, error);
        Assert.True(status == 0, error.ToString());
        Assert.Equal("i32x4:0x40400000,0x3f800000,0xc0400000,0x00000000", output.ToString().Trim());

        status = Cli.Program.Dispatch(["run", "--no-cache", "--invoke", "f", path, "f32x4:1,2,3", "f32x4:1,2,3,4"], new StringWriter(), error = new StringWriter());
        Assert.Equal(2, status);
        Assert.Contains("argument 1 \"f32x4:1,2,3\" is not a valid v128", error.ToString());
    }
}
