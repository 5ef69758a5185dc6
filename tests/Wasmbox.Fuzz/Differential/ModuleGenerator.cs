namespace Wasmbox.Fuzz.Differential;

/// <summary>
/// Makes random valid modules with binaryen's translate-to-fuzz mode: random bytes in, a module
/// out. Each module's size, features and optimization passes come from its own seed, so any one
/// of them can be made again from the run seed and its index.
/// </summary>
/// <param name="interpret">Whether binaryen should also interpret modules it can interpret during generation (the mutation fuzzer's seeds need no interpretation).</param>
/// <param name="maxInputBytesLog2">The largest random input, as a power of two: module size grows with it.</param>
/// <param name="simd">
/// SIMD modules, from binaryen 132 (the npm package) with the core features and SIMD, never
/// reference types; otherwise binaryen 108 (Debian's) with the core features and, for a third of
/// the modules, reference types.
/// </param>
internal sealed class ModuleGenerator(ulong runSeed, string workDirectory, bool interpret = true, int maxInputBytesLog2 = 14, bool simd = false)
{
    private readonly Binaryen binaryen = simd ? Binaryen.Npm : Binaryen.Debian;

    /// <summary>
    /// Optimized modules have other shapes than raw generator output (br_table, select, fewer
    /// blocks, reloop's irreducible-looking control flow), which exercises other compiler paths.
    /// </summary>
    private static readonly string[][] PassChoices =
    [
        [], [], [], [],
        ["-O1"], ["-O2"], ["-O3"], ["-Os"], ["-Oz"],
        ["--flatten", "--rereloop"],
        ["--flatten", "--simplify-locals-notee-nostructure", "--local-cse"],
    ];

    /// <remarks>
    /// Most modules are de-NaN-ed (binaryen's --denan turns every NaN a float operation produces
    /// into 0): which NaN an operation returns is not deterministic in Wasm (V8, binaryen and .NET
    /// really do return different ones, from f64.min for instance), and its bits reach memory and
    /// integers through stores and reinterpretations. Binaryen's own fuzzer compares engines only
    /// without NaNs for this reason. One module in eight keeps its NaNs and is checked for host
    /// crashes only. Binaryen 132's --denan also passes every v128 a SIMD module makes through a
    /// check that turns it into zero when any of its four f32 lanes is a NaN (which covers f64
    /// NaNs too), so de-NaN-ed SIMD modules compare v128 values bit for bit.
    /// </remarks>
    /// <returns>The module, or null when wasm-opt failed (its generator has bugs of its own on rare inputs).</returns>
    public GeneratedModule? Generate(long index)
    {
        var random = FuzzRandom.ForItem(runSeed, index);
        var size = 1 << random.Between(7, maxInputBytesLog2);
        size += random.Next(size);
        var input = new byte[size];
        random.Fill(input);
        var referenceTypes = !simd && random.OneIn(3);
        var passes = random.Pick(PassChoices);
        var nans = random.OneIn(8);

        var inputPath = Path.Combine(workDirectory, $"input-{index}.bin");
        var modulePath = Path.Combine(workDirectory, $"module-{index}.wasm");
        File.WriteAllBytes(inputPath, input);
        var features = simd ? Binaryen.SimdFeatures : referenceTypes ? Binaryen.AllFeatures : Binaryen.CoreFeatures;
        var recipe = $"{binaryen.Description}: wasm-opt -ttf from {size} random bytes, {(simd ? "with SIMD" : referenceTypes ? "with reference types" : "without reference types")}, " +
            $"{(nans ? "with NaNs" : "de-NaN-ed")}, passes: {(passes.Length == 0 ? "none" : string.Join(' ', passes))}";

        // --fuzz-exec-before interprets the module as it was before any pass (--denan included), so
        // only a module made without passes can be generated and interpreted by one wasm-opt run.
        var interpretNow = interpret && passes.Length == 0 && nans;
        var run = binaryen.Run([inputPath, "-ttf", .. features, .. (nans ? [] : new[] { "--denan" }), .. passes, "-o", modulePath, .. (interpretNow ? new[] { "--fuzz-exec-before" } : [])]);
        File.Delete(inputPath);
        if (!run.Succeeded || !File.Exists(modulePath)) return null;
        return new GeneratedModule(index, modulePath, recipe, nans, binaryen, interpretNow ? run : null);
    }
}
