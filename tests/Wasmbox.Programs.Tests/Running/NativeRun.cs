using System.Diagnostics;
using Wasmbox.Programs.Tests.Building;

namespace Wasmbox.Programs.Tests.Running;

/// <summary>Runs a program's native build as a process, in the same conditions a WasmRun gives the guest.</summary>
internal static class NativeRun
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Runs <paramref name="program"/> in <paramref name="directory"/> with argv[0] its bare name (as the
    /// guest's) and an empty environment (as the guest's), through bash's `exec -c -a`.
    /// </summary>
    public static ProgramOutcome Run(RealProgram program, string directory, IEnumerable<string> arguments, byte[] input)
    {
        var start = new ProcessStartInfo("/bin/bash", ["-c", "exec -c -a \"$0\" \"$@\"", program.Name, program.NativePath, .. arguments])
        {
            WorkingDirectory = directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = new MemoryStream();
        var error = new MemoryStream();
        var reading = Task.WhenAll(process.StandardOutput.BaseStream.CopyToAsync(output),
            process.StandardError.BaseStream.CopyToAsync(error));
        try
        {
            process.StandardInput.BaseStream.Write(input);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // the program exited without reading all of its input, which its outcome shows
        }
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program.Name} {string.Join(' ', arguments)} ran longer than {Limit}");
        }
        reading.GetAwaiter().GetResult();
        return new ProgramOutcome(process.ExitCode, output.ToArray(), error.ToArray());
    }
}
