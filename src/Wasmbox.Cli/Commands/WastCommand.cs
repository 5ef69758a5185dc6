using Wasmbox.Cli.Wast;
using Wasmbox.Runtime;

namespace Wasmbox.Cli.Commands;

/// <summary>`wasmbox wast PATH...`: runs spec scripts (.json from wast2json, or .wast converted on the fly).</summary>
internal static class WastCommand
{
    public static int Run(IReadOnlyList<string> arguments, TextWriter output)
    {
        var verbose = arguments.Contains("-v") || arguments.Contains("--verbose");
        // Runs every module from its serialized form, as `wasmbox compile` writes it: the persisted code must pass too.
        var serialize = arguments.Contains("--serialize");
        var checks = BoundsChecks.Auto;
        foreach (var mode in arguments.Where(a => a.StartsWith("--bounds-checks=", StringComparison.Ordinal)))
        {
            if (BoundsCheckOption.TryParse(mode[(mode.IndexOf('=') + 1)..], out checks)) continue;
            output.WriteLine($"wasmbox: {BoundsCheckOption.Invalid(mode[(mode.IndexOf('=') + 1)..])}");
            return 2;
        }
        var config = EngineConfig.Default;
        foreach (var split in arguments.Where(a => a.StartsWith("--split-functions-over=", StringComparison.Ordinal)))
        {
            // A negative size splits every function wherever it can (for testing the splitting itself).
            if (int.TryParse(split[(split.IndexOf('=') + 1)..], System.Globalization.CultureInfo.InvariantCulture, out var units))
            {
                config = units >= 0 ? config.WithSplitFunctionsOver(units) : config.WithForcedSplitting(-units);
                continue;
            }
            output.WriteLine($"wasmbox: {split}: expected a size (0: never split; negative: split everything, for tests)");
            return 2;
        }
        var paths = arguments.Where(a => !a.StartsWith('-')).ToList();
        if (paths.Count == 0)
        {
            output.WriteLine("usage: wasmbox wast [-v] [--serialize] [--bounds-checks=MODE] [--split-functions-over=N] PATH...   (PATH: wast2json .json output, a .wast file, or a folder of them)");
            return 2;
        }
        config = config.WithBoundsChecks(checks);
        int passed = 0, failed = 0, skipped = 0;
        foreach (var path in Expand(paths))
        {
            WastResult result;
            try
            {
                var json = path.EndsWith(".wast", StringComparison.OrdinalIgnoreCase) ? WastConverter.Convert(path) : path;
                result = WastRunner.Run(json, serialize, config);
            }
            catch (Exception e) when (e is InvalidOperationException or NotSupportedException or IOException or System.Text.Json.JsonException)
            {
                output.WriteLine($"{path}: error: {e.Message}");
                failed++;
                continue;
            }
            passed += result.Passed;
            failed += result.Failed;
            skipped += result.Skipped;
            output.WriteLine($"{Path.GetFileName(result.File)}: {result.Passed} passed, {result.Failed} failed, {result.Skipped} skipped");
            foreach (var failure in verbose ? result.Failures : result.Failures.Take(10))
                output.WriteLine($"  {failure}");
            if (!verbose && result.Failures.Count > 10) output.WriteLine($"  ... {result.Failures.Count - 10} more (use -v)");
        }
        output.WriteLine($"{passed} passed, {failed} failed, {skipped} skipped");
        return failed == 0 ? 0 : 1;
    }

    private static IEnumerable<string> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var jsons = Directory.GetFiles(path, "*.json").OrderBy(p => p, StringComparer.Ordinal).ToArray();
                var files = jsons.Length > 0 ? jsons : Directory.GetFiles(path, "*.wast").OrderBy(p => p, StringComparer.Ordinal).ToArray();
                foreach (var file in files) yield return file;
            }
            else
            {
                yield return path;
            }
        }
    }
}
