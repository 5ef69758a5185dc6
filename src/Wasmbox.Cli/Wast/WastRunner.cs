using System.Text.Json;
using Wasmbox.Runtime;

namespace Wasmbox.Cli.Wast;

/// <summary>The outcome of one script: counts, and a line for each failure.</summary>
internal sealed record WastResult(string File, int Passed, int Failed, int Skipped, IReadOnlyList<string> Failures);

/// <summary>
/// Runs one script converted by wabt's wast2json: each command in order, against one engine and
/// store, with the "spectest" host module available.
/// </summary>
internal sealed class WastRunner
{
    private readonly string directory;
    private readonly bool serialize;
    private readonly Engine engine;
    private readonly Store store;
    private readonly Linker linker;
    private readonly Dictionary<string, Instance> named = new();
    private readonly List<string> failures = new();
    private Instance? current;
    private int passed, failed, skipped;

    private WastRunner(string jsonPath, bool serialize, EngineConfig? config)
    {
        this.serialize = serialize;
        engine = new Engine(config);
        directory = Path.GetDirectoryName(Path.GetFullPath(jsonPath))!;
        store = new Store(engine);
        linker = new Linker(engine) { AllowShadowing = true };
        SpecTestHost.Define(linker, store, TextWriter.Null);
    }

    /// <summary>
    /// Runs the script at <paramref name="jsonPath"/> (wast2json output); with
    /// <paramref name="serialize"/>, every module is compiled to its serialized form and loaded from it.
    /// </summary>
    public static WastResult Run(string jsonPath, bool serialize = false, EngineConfig? config = null)
    {
        // wabt 1.0.32 omits the commas between expected values of some multi-result commands.
        using var document = JsonDocument.Parse(File.ReadAllText(jsonPath).Replace("}{", "}, {", StringComparison.Ordinal));
        var runner = new WastRunner(jsonPath, serialize, config);
        try
        {
            foreach (var command in document.RootElement.GetProperty("commands").EnumerateArray())
                runner.Execute(command);
        }
        finally
        {
            runner.store.Dispose();
        }
        var source = document.RootElement.TryGetProperty("source_filename", out var s) ? s.GetString()! : jsonPath;
        return new WastResult(source, runner.passed, runner.failed, runner.skipped, runner.failures);
    }

    private void Execute(JsonElement command)
    {
        var type = command.GetProperty("type").GetString()!;
        var line = command.GetProperty("line").GetInt32();
        try
        {
            var failure = type switch
            {
                "module" => DefineModule(command),
                "register" => Register(command),
                "action" => ExpectReturn(command),
                "assert_return" => ExpectReturn(command),
                "assert_trap" or "assert_exhaustion" => ExpectTrap(command),
                "assert_invalid" or "assert_malformed" => ExpectRefused(command),
                "assert_unlinkable" => ExpectUnlinkable(command),
                "assert_uninstantiable" => ExpectUninstantiable(command),
                _ => Skip(),
            };
            Record(line, type, failure);
        }
        catch (SkipCommand)
        {
            skipped++;
        }
        catch (Exception e)
        {
            Record(line, type, $"unexpected {e.GetType().Name}: {e.Message}");
        }
    }

    private sealed class SkipCommand : Exception;

    private static string? Skip() => throw new SkipCommand();

    private void Record(int line, string type, string? failure)
    {
        if (failure is null)
        {
            passed++;
            return;
        }
        failed++;
        failures.Add($"line {line}: {type}: {failure}");
    }

    private string ModulePath(JsonElement command) => Path.Combine(directory, command.GetProperty("filename").GetString()!);

    private static bool IsText(JsonElement command) =>
        command.TryGetProperty("module_type", out var t) && t.GetString() == "text";

    private string? DefineModule(JsonElement command)
    {
        current = null;
        var module = LoadModule(command);
        current = linker.Instantiate(store, module);
        if (command.TryGetProperty("name", out var name)) named[name.GetString()!] = current;
        return null;
    }

    private Module LoadModule(JsonElement command)
    {
        var path = ModulePath(command);
        return serialize
            ? Module.Deserialize(engine, engine.Precompile(File.ReadAllBytes(path)), name: Path.GetFileNameWithoutExtension(path))
            : Module.FromFile(engine, path);
    }

    private string? Register(JsonElement command)
    {
        var instance = command.TryGetProperty("name", out var name) ? named.GetValueOrDefault(name.GetString()!) : current;
        if (instance is null) return "no module to register";
        linker.DefineInstance(command.GetProperty("as").GetString()!, instance);
        return null;
    }

    private Value[] Perform(JsonElement action)
    {
        var instance = action.TryGetProperty("module", out var m) ? named.GetValueOrDefault(m.GetString()!) : current;
        if (instance is null) throw new InvalidOperationException("no module instance for the action");
        var field = action.GetProperty("field").GetString()!;
        switch (action.GetProperty("type").GetString())
        {
            case "invoke":
                var function = instance.GetFunction(field) ?? throw new InvalidOperationException($"no exported function \"{field}\"");
                var arguments = action.GetProperty("args").EnumerateArray().Select(WastValue.Parse).ToArray();
                return function.Invoke(arguments);
            case "get":
                var global = instance.GetGlobal(field) ?? throw new InvalidOperationException($"no exported global \"{field}\"");
                return [global.Value];
            default:
                throw new SkipCommand();
        }
    }

    private string? ExpectReturn(JsonElement command)
    {
        Value[] results;
        try
        {
            results = Perform(command.GetProperty("action"));
        }
        catch (TrapException trap)
        {
            return $"trapped: {trap.Message}";
        }
        if (!command.TryGetProperty("expected", out var expected)) return null;
        var expectedValues = expected.EnumerateArray().ToArray();
        if (expectedValues.Length != results.Length) return $"expected {expectedValues.Length} results, got {results.Length}";
        for (var i = 0; i < results.Length; i++)
        {
            if (WastValue.Mismatch(expectedValues[i], results[i]) is { } wanted)
                return $"result {i}: expected {wanted}, got {WastValue.Describe(results[i])}";
        }
        return null;
    }

    private string? ExpectTrap(JsonElement command)
    {
        var text = command.GetProperty("text").GetString()!;
        try
        {
            Perform(command.GetProperty("action"));
            return $"expected trap \"{text}\", but it returned";
        }
        catch (TrapException trap)
        {
            return trap.Reason.StartsWith(text, StringComparison.Ordinal) || text.StartsWith(trap.Reason, StringComparison.Ordinal)
                ? null
                : $"expected trap \"{text}\", got \"{trap.Reason}\"";
        }
    }

    private string? ExpectRefused(JsonElement command)
    {
        if (IsText(command)) throw new SkipCommand();
        var text = command.GetProperty("text").GetString()!;
        try
        {
            Module.Validate(File.ReadAllBytes(ModulePath(command)));
            return $"expected the module to be refused with \"{text}\", but it was accepted";
        }
        catch (MalformedModuleException)
        {
            return null;
        }
        catch (InvalidModuleException)
        {
            return null;
        }
    }

    private string? ExpectUnlinkable(JsonElement command) => ExpectInstantiationFailure<LinkException>(command, "link failure");

    private string? ExpectUninstantiable(JsonElement command) => ExpectInstantiationFailure<TrapException>(command, "instantiation to trap");

    private string? ExpectInstantiationFailure<TFailure>(JsonElement command, string what) where TFailure : WasmException
    {
        var text = command.GetProperty("text").GetString()!;
        var module = LoadModule(command);
        try
        {
            linker.Instantiate(store, module);
            return $"expected {what} \"{text}\", but it succeeded";
        }
        catch (TFailure)
        {
            return null;
        }
    }
}
