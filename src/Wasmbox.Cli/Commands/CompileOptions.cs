using Wasmbox.Runtime;

namespace Wasmbox.Cli.Commands;

/// <summary>The parsed command line of `wasmbox compile`.</summary>
internal sealed class CompileOptions
{
    public const string Usage = """
        usage: wasmbox compile [OPTIONS] MODULE -o FILE

        Compiles a Wasm module ahead of time and writes it with its compiled code to FILE, which
        `wasmbox run FILE` runs without compiling. FILE is signed with your key, and only runs
        with this build of wasmbox and the same code-shaping options:
          -o, --output FILE        where to write the compiled module (e.g. app.cwasm)
          --fuel                   compile fuel metering in, for `wasmbox run --fuel N`
          --no-interrupt-checks    leave out the loop checks `wasmbox run --timeout` needs (faster loops)
          --key FILE               sign with the key in FILE (created if missing) instead of your cache's key
          --cache-dir DIR          the cache directory whose key signs (default $XDG_CACHE_HOME/wasmbox or ~/.cache/wasmbox)
          --bounds-checks MODE     auto (a guard region when possible, the default), explicit or guard-region
        """;

    public string ModulePath { get; private set; } = "";
    public string OutputPath { get; private set; } = "";
    public bool Fuel { get; private set; }
    public bool InterruptChecks { get; private set; } = true;
    public BoundsChecks BoundsChecks { get; private set; }
    public CompiledCodeOptions CompiledCode { get; private set; } = new(null, null);

    public static CompileOptions? Parse(IReadOnlyList<string> arguments, out string? error)
    {
        var options = new CompileOptions();
        string? cacheDirectory = null, keyPath = null, module = null, output = null;
        error = null;
        for (var index = 0; index < arguments.Count; index++)
        {
            var argument = arguments[index];
            string? Value() => index + 1 < arguments.Count ? arguments[++index] : null;
            switch (argument)
            {
                case "-o" or "--output":
                    output = Value() ?? Fail($"{argument} needs FILE", out error);
                    break;
                case "--fuel":
                    options.Fuel = true;
                    break;
                case "--no-interrupt-checks":
                    options.InterruptChecks = false;
                    break;
                case "--key":
                    keyPath = Value() ?? Fail("--key needs FILE", out error);
                    break;
                case "--cache-dir":
                    cacheDirectory = Value() ?? Fail("--cache-dir needs DIR", out error);
                    break;
                case "--bounds-checks":
                    if (Value() is not { } mode) return Invalid("--bounds-checks needs MODE", out error);
                    if (!BoundsCheckOption.TryParse(mode, out var checks)) return Invalid(BoundsCheckOption.Invalid(mode), out error);
                    options.BoundsChecks = checks;
                    break;
                default:
                    if (argument.StartsWith('-') && argument != "-") return Invalid($"unknown option {argument}", out error);
                    if (module is not null) return Invalid($"one module at a time: {module}, then {argument}", out error);
                    module = argument;
                    break;
            }
            if (error is not null) return null;
        }
        if (module is null) return Invalid("no module given", out error);
        if (output is null) return Invalid("no output file given (-o FILE)", out error);
        options.ModulePath = module;
        options.OutputPath = output;
        options.CompiledCode = new CompiledCodeOptions(cacheDirectory, keyPath);
        return options;
    }

    private static string? Fail(string message, out string error)
    {
        error = message;
        return null;
    }

    private static CompileOptions? Invalid(string message, out string error)
    {
        error = message;
        return null;
    }
}
