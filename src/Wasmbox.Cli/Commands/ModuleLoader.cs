using Wasmbox.Runtime;

namespace Wasmbox.Cli.Commands;

/// <summary>
/// How `wasmbox run` gets its module: a compiled module (told apart by its first bytes) is
/// loaded if it verifies with the user's key; a .wasm goes through the engine's compilation
/// cache. Failures are reported as `wasmbox: ...` with exit status 1.
/// </summary>
internal static class ModuleLoader
{
    public static Module? Load(Engine engine, RunOptions options, TextWriter error, out int status)
    {
        var path = options.ModulePath;
        status = 1;
        try
        {
            var bytes = File.ReadAllBytes(path);
            var name = Path.GetFileNameWithoutExtension(path);
            if (Module.IsSerialized(bytes))
            {
                ModuleSigningKey key;
                try
                {
                    key = options.CompiledCode.OpenKey(create: false);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    return Fail(error, $"cannot read the key to verify {path} with: {e.Message}");
                }
                return Module.Deserialize(engine, bytes, key, name);
            }
            var module = Module.FromBytes(engine, bytes, name);
            if (engine.CompilationCache?.LastProblem is { } problem) error.WriteLine($"wasmbox: warning: {problem}");
            return module;
        }
        catch (MalformedModuleException e) { return Fail(error, $"cannot decode {path}: {e.Message}"); }
        catch (InvalidModuleException e) { return Fail(error, $"invalid module {path}: {e.Message}"); }
        catch (CompiledModuleException e) { return Fail(error, $"cannot run the compiled module {path}: {e.Message}{Hint(e, options)}"); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return Fail(error, $"cannot read {path}: {e.Message}"); }
    }

    private static string Hint(CompiledModuleException refusal, RunOptions options) => refusal.Problem switch
    {
        CompiledModuleProblem.ConfigurationMismatch when refusal.Message.Contains("interruption checks", StringComparison.Ordinal) =>
            " (--timeout needs interruption checks compiled in: compile it without --no-interrupt-checks)",
        CompiledModuleProblem.ConfigurationMismatch =>
            options.Fuel is null
                ? " (it was compiled with --fuel: run it with --fuel N, or compile it without)"
                : " (--fuel needs fuel metering compiled in: compile it with wasmbox compile --fuel)",
        CompiledModuleProblem.SignatureMismatch =>
            $" (wasmbox runs only compiled modules signed with your key, {options.CompiledCode.KeyPathOrDefault}: compile the .wasm yourself, or give the key it was signed with by --key FILE)",
        _ => "",
    };

    private static Module? Fail(TextWriter error, string message)
    {
        error.WriteLine($"wasmbox: {message}");
        return null;
    }
}
