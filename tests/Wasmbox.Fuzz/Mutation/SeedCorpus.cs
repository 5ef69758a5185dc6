using Wasmbox.Fuzz.Differential;
using Wasmbox.Fuzz.Processes;

namespace Wasmbox.Fuzz.Mutation;

/// <summary>
/// The valid (and some deliberately invalid) modules that mutations start from, made at the start
/// of a run and never committed: modules from binaryen's generator, every module of the engine's
/// conformance scripts (converted with wast2json, so they include the assert_invalid and
/// assert_malformed cases), the hand-written Seeds/*.wat, and the empty module.
/// </summary>
internal static class SeedCorpus
{
    private const int GeneratedModules = 32;

    public static void Build(string directory, ulong seed, TextWriter log)
    {
        Directory.CreateDirectory(directory);
        // Small modules: a mutated input costs the compile and JIT time of its whole seed.
        var generator = new ModuleGenerator(seed, directory, interpret: false, maxInputBytesLog2: 11);
        var generated = Enumerable.Range(0, GeneratedModules).Count(i => generator.Generate(i) is not null);

        var converted = 0;
        foreach (var script in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Seeds", "Conformance"), "*.wast").Order())
        {
            var json = Path.Combine(directory, Path.GetFileNameWithoutExtension(script) + ".json");
            if (ToolRun.Execute("wast2json", [script, "-o", json], TimeSpan.FromSeconds(60)).Succeeded) converted++;
        }
        foreach (var wat in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Seeds"), "*.wat").Order())
        {
            var run = ToolRun.Execute("wat2wasm", [wat, "--debug-names", "-o", Path.Combine(directory, Path.GetFileNameWithoutExtension(wat) + ".wasm")], TimeSpan.FromSeconds(60));
            if (!run.Succeeded) throw new InvalidOperationException($"wat2wasm {wat}: {run.Describe()}");
        }
        File.WriteAllBytes(Path.Combine(directory, "empty.wasm"), [0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00]);
        log.WriteLine($"seed corpus: {Load(directory).Count} modules ({generated} from wasm-opt -ttf, {converted} conformance scripts converted, hand-written seeds) in {directory}");
    }

    public static List<byte[]> Load(string directory) =>
        Directory.GetFiles(directory, "*.wasm").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
}
