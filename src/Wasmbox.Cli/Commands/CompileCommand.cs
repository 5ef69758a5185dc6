using Wasmbox.Runtime;

namespace Wasmbox.Cli.Commands;

/// <summary>
/// `wasmbox compile MODULE -o FILE`: compiles ahead of time, like `wasmedge compile`, and writes
/// the module with its compiled code, signed with the user's key, for `wasmbox run FILE`.
/// </summary>
internal static class CompileCommand
{
    public static int Run(IReadOnlyList<string> arguments, TextWriter output, TextWriter error)
    {
        if (arguments.Count > 0 && arguments[0] is "-h" or "--help")
        {
            output.WriteLine(CompileOptions.Usage);
            return 0;
        }
        var options = CompileOptions.Parse(arguments, out var problem);
        if (options is null)
        {
            error.WriteLine($"wasmbox: {problem}");
            error.WriteLine(CompileOptions.Usage);
            return 2;
        }
        var path = options.ModulePath;
        try
        {
            var key = options.CompiledCode.OpenKey(create: true);
            // Settings `wasmbox run` accepts: with --fuel when compiled with it, and with or without
            // --timeout unless the interruption checks were left out.
            var engine = new Engine(EngineConfig.Default.WithFuel(options.Fuel).WithInterruptible(options.InterruptChecks)
                .WithBoundsChecks(options.BoundsChecks).WithNativeCompiler(ReadyToRunCompiler.FromEnvironment()));
            var wasm = File.ReadAllBytes(path);
            byte[] compiled;
            using (var progress = TerminalProgress.For(error, $"compile {Path.GetFileName(path)} ({wasm.Length / 1048576.0:0.0} MiB): decoding and validating"))
            {
                // On a terminal, checked on its own first so the status line can say which phase runs
                // (decoding is a small part of the work); elsewhere Precompile checks it anyway.
                if (progress is not null) Module.Validate(wasm);
                progress?.Report($"compile {Path.GetFileName(path)} ({wasm.Length / 1048576.0:0.0} MiB): compiling to machine code");
                compiled = engine.Precompile(wasm, key);
                progress?.Report($"compile {Path.GetFileName(path)}: writing {options.OutputPath}");
                File.WriteAllBytes(options.OutputPath, compiled);
            }
            return 0;
        }
        catch (MalformedModuleException e) { return Fail(error, $"cannot decode {path}: {e.Message}"); }
        catch (InvalidModuleException e) { return Fail(error, $"invalid module {path}: {e.Message}"); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException) { return Fail(error, e.Message); }
    }

    private static int Fail(TextWriter error, string message)
    {
        error.WriteLine($"wasmbox: {message}");
        return 1;
    }
}
