using Wasmbox.Programs.Tests.Building;
using Wasmbox.Runtime;
using Wasmbox.Wasi;

namespace Wasmbox.Programs.Tests.Running;

/// <summary>Runs a program's wasm32-wasi build in-process through the embedding API, with one directory granted as its working directory.</summary>
internal static class WasmRun
{
    /// <summary>
    /// Runs <paramref name="program"/> with argv[0] its name, no environment, <paramref name="directory"/>
    /// preopened as "." (read-only when asked), stdin from <paramref name="input"/>. A trap fails the test.
    /// </summary>
    public static ProgramOutcome Run(RealProgram program, string directory, IEnumerable<string> arguments,
        byte[] input, bool readOnly = false)
    {
        var output = new MemoryStream();
        var error = new MemoryStream();
        var configuration = WasiConfiguration.Default
            .WithArguments([program.Name, .. arguments])
            .WithPreopenedDirectory(directory, ".", readOnly)
            .WithStandardInput(new MemoryStream(input))
            .WithStandardOutput(output)
            .WithStandardError(error);
        using var context = new WasiContext(configuration);
        var linker = WasiPreview1.AddToLinker(new Linker(RealProgram.Engine), context);
        using var store = new Store(RealProgram.Engine);
        var exitCode = 0;
        try
        {
            linker.Instantiate(store, program.Module).GetAction("_start")();
        }
        catch (WasiExitException exit)
        {
            exitCode = exit.ExitCode;
        }
        return new ProgramOutcome(exitCode, output.ToArray(), error.ToArray());
    }
}
