namespace Wasmbox.Runtime.Tests;

/// <summary>
/// Valid modules beyond what .NET can compile, found by the mutation fuzzer (tests/Wasmbox.Fuzz):
/// each used to compile, then crash the host at its first call with InvalidProgramException (the
/// JIT refuses a method with more than 65535 locals, evaluation stack slots or arguments). They
/// must be refused up front, and the largest accepted shapes must still run.
/// </summary>
public sealed class ImplementationLimitTests
{
    private const byte I32 = 0x7F, V128 = 0x7B, Block = 0x02, End = 0x0B, I32Const = 0x41, I32Add = 0x6A, Drop = 0x1A;
    private readonly Engine engine = new();

    [Fact]
    public void SixtyThousandOperandsRun() => Run(Function(0, [.. Constants(60_000), .. Adds(59_999), Drop]));

    [Fact]
    public void DeeperOperandStackIsRefused()
    {
        var refusal = Assert.Throws<InvalidModuleException>(() => Module.FromBytes(engine, Function(0, [.. Constants(60_001), .. Adds(60_000), Drop])));
        Assert.Contains("function too complex", refusal.Reason);
    }

    [Fact]
    public void LocalsCountTowardsTheLimit() =>
        Assert.Throws<InvalidModuleException>(() => Module.FromBytes(engine, Function(30_000, [.. Constants(40_000), Block, 0x40, End, .. Adds(39_999), Drop])));

    [Fact]
    public void NestedBlockResultsCountTowardsTheLimit()
    {
        byte[] Nest(int depth) => [.. Repeat([Block, I32], depth), I32Const, 0, .. Repeat([End], depth), Drop];
        Run(Function(0, Nest(20_000)));
        Assert.Throws<InvalidModuleException>(() => Module.FromBytes(engine, Function(0, Nest(70_000))));
    }

    [Fact]
    public void ThousandParametersAndResultsRunAndMoreAreRefused()
    {
        Run(Binary(Repeat([I32], 1000), [], 0, []), Enumerable.Repeat(Value.I32(0), 1000).ToArray());
        Run(Binary([], Repeat([I32], 1000), 0, Constants(1000)));
        Assert.Equal("too many parameters", Assert.Throws<MalformedModuleException>(() => Module.FromBytes(engine, Binary(Repeat([I32], 1001), [], 0, []))).Reason);
        Assert.Equal("too many results", Assert.Throws<MalformedModuleException>(() => Module.FromBytes(engine, Binary([], Repeat([I32], 1001), 0, Constants(1001)))).Reason);
    }

    [Fact]
    public void ParametersCountTowardsTheFiftyThousandLocals()
    {
        // Found by the mutation fuzzer checking accepted modules with V8, which counts parameters
        // in the limit (the JS API's): Wasmbox accepted 1000 parameters and 50,000 locals.
        Module.FromBytes(engine, Binary(Repeat([I32], 1000), [], 49_000, []));
        var refusal = Assert.Throws<MalformedModuleException>(() => Module.FromBytes(engine, Binary(Repeat([I32], 1000), [], 49_001, [])));
        Assert.Equal("too many locals", refusal.Reason);
    }

    [Fact]
    public void V128InSignaturesAndImportOnlyTypesCompile()
    {
        // Once refused as not supported (found as a NotSupportedException escaping Module.FromBytes
        // for a v128 parameter, then for a v128 only in an imported function's type): with SIMD
        // both compile, and the v128 parameter arrives whole.
        Module.FromBytes(engine, Binary([V128], [], 0, []));
        byte[] importOnly =
        [
            0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00,
            .. Section(1, [1, 0x60, 1, V128, 0]),
            .. Section(2, [1, 1, (byte)'m', 1, (byte)'f', 0, 0]),
        ];
        Assert.Single(Module.FromBytes(engine, importOnly).Imports);
    }

    [Fact]
    public void TableBeyondTheEngineLimitFailsToInstantiateWithAnEngineError()
    {
        // Found as an ArgumentException from Table's constructor escaping Linker.Instantiate.
        byte[] hugeTable = [0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00, .. Section(4, [1, 0x70, 0, .. Leb(int.MaxValue)])];
        var module = Module.FromBytes(engine, hugeTable);
        using var store = new Store(engine);
        Assert.IsAssignableFrom<WasmException>(Record.Exception(() => new Linker(engine).Instantiate(store, module)));
    }

    private void Run(byte[] module, params Value[] arguments)
    {
        using var store = new Store(engine);
        var instance = new Linker(engine).Instantiate(store, Module.FromBytes(engine, module));
        // Like the CLI, give the call a large stack: the JIT's frame for 60,000 locals is large.
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try { instance.GetFunction("f")!.Invoke(arguments); }
            catch (Exception e) { failure = e; }
        }, 64 * 1024 * 1024);
        thread.Start();
        thread.Join();
        Assert.Null(failure);
    }

    private static byte[] Function(int locals, byte[] code) => Binary([], [], locals, code);

    /// <summary>A module exporting one function "f" of the given type, with <paramref name="locals"/> i32 locals.</summary>
    private static byte[] Binary(byte[] parameters, byte[] results, int locals, byte[] code)
    {
        byte[] type = [0x60, .. Leb(parameters.Length), .. parameters, .. Leb(results.Length), .. results];
        byte[] localDeclarations = locals == 0 ? [0] : [1, .. Leb(locals), I32];
        byte[] body = [.. localDeclarations, .. code, End];
        return
        [
            0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00,
            .. Section(1, [1, .. type]),
            .. Section(3, [1, 0]),
            .. Section(7, [1, 1, (byte)'f', 0, 0]),
            .. Section(10, [1, .. Leb(body.Length), .. body]),
        ];
    }

    private static byte[] Section(byte id, byte[] payload) => [id, .. Leb(payload.Length), .. payload];

    private static byte[] Leb(int value)
    {
        var bytes = new List<byte>();
        do
        {
            var b = (byte)(value & 0x7F);
            value >>= 7;
            bytes.Add(value != 0 ? (byte)(b | 0x80) : b);
        } while (value != 0);
        return bytes.ToArray();
    }

    private static byte[] Constants(int count) => Repeat([I32Const, 1], count);

    private static byte[] Adds(int count) => Repeat([I32Add], count);

    private static byte[] Repeat(byte[] bytes, int count) => Enumerable.Repeat(bytes, count).SelectMany(b => b).ToArray();
}
