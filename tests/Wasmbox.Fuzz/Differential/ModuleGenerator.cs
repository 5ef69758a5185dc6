namespace Wasmbox.Fuzz.Differential;

/// <summary>
/// Makes random valid modules with binaryen's translate-to-fuzz mode: random bytes in, a module
/// out. Each module's size, features and optimization passes come from its own seed, so any one
/// of them can be made again from the run seed and its index.
/// </summary>
internal sealed class ModuleGenerator(ulong runSeed, string workDirectory)
{
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

    public GeneratedModule? Generate(long index, out string failure)
    {
        var random = FuzzRandom.ForItem(runSeed, index);
        var size = 1 << random.Between(7, 15);
        size += random.Next(size);
        var input = new byte[size];
        random.Fill(input);
        var referenceTypes = random.OneIn(3);
        var passes = random.Pick(PassChoices);

        var inputPath = Path.Combine(workDirectory, "input.bin");
        var modulePath = Path.Combine(workDirectory, $"module-{index}.wasm");
        File.WriteAllBytes(inputPath, input);
        var features = referenceTypes ? Binaryen.AllFeatures : Binaryen.CoreFeatures;
        var recipe = $"wasm-opt -ttf from {size} random bytes, {(referenceTypes ? "with" : "without")} reference types, passes: {(passes.Length == 0 ? "none" : string.Join(' ', passes))}";

        // Without passes one wasm-opt run both generates and interprets the module.
        var interpretNow = passes.Length == 0;
        var run = Binaryen.Run([inputPath, "-ttf", .. features, .. passes, "-o", modulePath, .. (interpretNow ? new[] { "--fuzz-exec-before" } : [])]);
        if (!run.Succeeded || !File.Exists(modulePath))
        {
            failure = $"{recipe}: {run.Describe()}";
            return null;
        }
        failure = "";
        return new GeneratedModule(index, modulePath, recipe, referenceTypes, interpretNow ? run : null);
    }
}
