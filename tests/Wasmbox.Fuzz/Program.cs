using Wasmbox.Fuzz.Differential;
using Wasmbox.Fuzz.Mutation;

namespace Wasmbox.Fuzz;

/// <summary>Wasmbox.Fuzz: differential fuzzing against binaryen and V8, and hostile-input fuzzing of the decoder and validator.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var command = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : "diff";
        var rest = args.Length > 0 && !args[0].StartsWith('-') ? args[1..] : args;
        switch (command)
        {
            case "diff":
                return WithOptions(rest, options => DifferentialFuzzer.Run(options, Console.Out));
            case DifferentialFuzzer.SimdCommand:
                return WithOptions(rest, options => DifferentialFuzzer.Run(options, Console.Out, simd: true));
            case "replay" when rest.Length == 1:
                return ReplayCommand.Run(rest[0], simd: false, Console.Out);
            case "replay" when rest.Length == 2 && rest[0] == "--simd":
                return ReplayCommand.Run(rest[1], simd: true, Console.Out);
            case "mutate":
                return WithOptions(rest, options => MutationFuzzer.Run(options, Console.Out));
            case "check" when rest.Length > 0:
                return CheckCommand.Run(rest, Console.Out);
            case WasmboxWorker.Command:
                return WasmboxWorker.Run();
            case MutationWorker.Command:
                return MutationWorker.Run(rest);
            default:
                Console.Error.WriteLine(Usage);
                return 2;
        }
    }

    private static int WithOptions(string[] arguments, Func<FuzzOptions, int> run)
    {
        if (FuzzOptions.TryParse(arguments, out var options, out var error)) return run(options);
        Console.Error.WriteLine($"Wasmbox.Fuzz: {error}");
        Console.Error.WriteLine(Usage);
        return 2;
    }

    private const string Usage = $"""
        usage:
          Wasmbox.Fuzz [diff] {FuzzOptions.Usage}
              generate modules with binaryen (wasm-opt -ttf), run them on Wasmbox, V8 (node) and
              binaryen's interpreter, and compare calls, logged values, results and traps
          Wasmbox.Fuzz diff-simd {FuzzOptions.Usage}
              the same with SIMD: modules from binaryen 132 (npm) with SIMD, its interpreter as oracle
          Wasmbox.Fuzz replay [--simd] MODULE.wasm
              run one module on all three and show the traces and differences
          Wasmbox.Fuzz mutate {FuzzOptions.Usage}
              feed mutated modules to the decoder, validator, compiler and instantiation; every
              input must end in a clean refusal or a working module, in bounded time
          Wasmbox.Fuzz check FILE...
              what the mutation fuzzer does with one input, in this process
        """;
}
