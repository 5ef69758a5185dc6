using System.Globalization;
using Wasmbox.Runtime;

namespace Wasmbox.Cli.Commands;

/// <summary>
/// `wasmbox run [--invoke NAME] MODULE [ARGS...]`: instantiates a module and calls _start or the
/// named export with ARGS parsed by its parameter types, printing the results.
/// </summary>
internal static class RunCommand
{
    /// <summary>Exit status for a trap, as wasmtime uses (128 + SIGABRT).</summary>
    public const int TrapExitCode = 134;

    public static int Run(IReadOnlyList<string> arguments, TextWriter output, TextWriter error)
    {
        string? invoke = null;
        var index = 0;
        for (; index < arguments.Count && arguments[index].StartsWith('-'); index++)
        {
            if (arguments[index] == "--invoke" && index + 1 < arguments.Count) invoke = arguments[++index];
            else
            {
                error.WriteLine($"wasmbox: unknown option {arguments[index]} (WASI options such as --dir and --env are not built yet)");
                return 2;
            }
        }
        if (index >= arguments.Count)
        {
            error.WriteLine("usage: wasmbox run [--invoke NAME] MODULE [ARGS...]");
            return 2;
        }
        var path = arguments[index];
        var functionArguments = arguments.Skip(index + 1).ToArray();

        var engine = new Engine();
        Module module;
        try
        {
            module = Module.FromFile(engine, path);
        }
        catch (MalformedModuleException e) { return Fail(error, $"cannot decode {path}: {e.Message}", 1); }
        catch (InvalidModuleException e) { return Fail(error, $"invalid module {path}: {e.Message}", 1); }
        catch (IOException e) { return Fail(error, $"cannot read {path}: {e.Message}", 1); }

        if (module.Imports.Count > 0)
        {
            var first = module.Imports[0];
            return Fail(error, $"cannot link {path}: it imports {first.Module}.{first.Name}, and host imports (WASI) are not available in this version", 1);
        }

        using var store = new Store(engine);
        try
        {
            var instance = new Linker(engine).Instantiate(store, module);
            var name = invoke ?? "_start";
            var function = instance.GetFunction(name);
            if (function is null)
                return Fail(error, invoke is null ? $"{path} exports no _start function; use --invoke NAME" : $"{path} exports no function named \"{name}\"", 1);
            if (functionArguments.Length != function.Type.Parameters.Count)
                return Fail(error, $"{name} takes {function.Type.Parameters.Count} arguments {function.Type}, {functionArguments.Length} given", 2);
            var values = new Value[functionArguments.Length];
            for (var i = 0; i < values.Length; i++)
            {
                if (!TryParse(functionArguments[i], function.Type.Parameters[i], out values[i]))
                    return Fail(error, $"argument {i + 1} \"{functionArguments[i]}\" is not a valid {function.Type.Parameters[i].Name()}", 2);
            }
            foreach (var result in function.Invoke(values)) output.WriteLine(Format(result));
            return 0;
        }
        catch (TrapException trap)
        {
            error.WriteLine($"wasmbox: trap: {trap.Reason}");
            foreach (var frame in trap.WasmBacktrace) error.WriteLine($"    at {frame}");
            return TrapExitCode;
        }
        catch (LinkException e) { return Fail(error, $"cannot link {path}: {e.Message}", 1); }
    }

    private static int Fail(TextWriter error, string message, int status)
    {
        error.WriteLine($"wasmbox: {message}");
        return status;
    }

    private static bool TryParse(string text, ValueKind kind, out Value value)
    {
        var culture = CultureInfo.InvariantCulture;
        value = default;
        switch (kind)
        {
            case ValueKind.I32 when int.TryParse(text, culture, out var i): value = Value.I32(i); return true;
            case ValueKind.I32 when uint.TryParse(text, culture, out var u): value = Value.I32((int)u); return true;
            case ValueKind.I64 when long.TryParse(text, culture, out var l): value = Value.I64(l); return true;
            case ValueKind.I64 when ulong.TryParse(text, culture, out var ul): value = Value.I64((long)ul); return true;
            case ValueKind.F32 when float.TryParse(text, culture, out var f): value = Value.F32(f); return true;
            case ValueKind.F64 when double.TryParse(text, culture, out var d): value = Value.F64(d); return true;
            default: return false;
        }
    }

    private static string Format(Value value) => value.Kind switch
    {
        ValueKind.I32 => value.AsI32().ToString(CultureInfo.InvariantCulture),
        ValueKind.I64 => value.AsI64().ToString(CultureInfo.InvariantCulture),
        ValueKind.F32 => value.AsF32().ToString("R", CultureInfo.InvariantCulture),
        ValueKind.F64 => value.AsF64().ToString("R", CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
