using Wasmbox.Programs.Tests.Building;
using Wasmbox.Wasi.Tests;

namespace Wasmbox.Programs.Tests.Running;

/// <summary>
/// A program's two builds, each in its own copy of one working directory. Every run goes to both,
/// and must end the same way in both: exit status, stdout, stderr and the directory's files, byte
/// for byte. The runs of one SideBySide share their directories, so a workload can go in steps.
/// </summary>
internal sealed class SideBySide(RealProgram program, bool readOnlyDirectory = false) : IDisposable
{
    private readonly TemporaryDirectory native = new();
    private readonly TemporaryDirectory wasm = new();

    public string NativeDirectory => native.Path;

    public string WasmDirectory => wasm.Path;

    /// <summary>Puts the same file in both directories.</summary>
    public void WriteFile(string name, byte[] content, DateTime? modified = null)
    {
        foreach (var directory in new[] { native, wasm })
        {
            var path = directory.Combine(name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, content);
            if (modified is { } time) File.SetLastWriteTimeUtc(path, time);
        }
    }

    /// <summary>Creates the same symbolic link in both directories.</summary>
    public void CreateSymbolicLink(string name, string target)
    {
        foreach (var directory in new[] { native, wasm }) File.CreateSymbolicLink(directory.Combine(name), target);
    }

    /// <summary>Creates the same (empty) subdirectory in both directories.</summary>
    public void CreateDirectory(string name)
    {
        foreach (var directory in new[] { native, wasm }) directory.CreateDirectory(name);
    }

    public ProgramOutcome Run(params string[] arguments) => Run([], arguments);

    /// <summary>Runs both builds with <paramref name="arguments"/> and <paramref name="input"/> on stdin, asserts they agree, and returns the outcome.</summary>
    public ProgramOutcome Run(byte[] input, params string[] arguments)
    {
        var nativeOutcome = NativeRun.Run(program, native.Path, arguments, input);
        var wasmOutcome = WasmRun.Run(program, wasm.Path, arguments, input, readOnlyDirectory);
        var command = $"`{program.Name} {string.Join(' ', arguments)}`";
        SameBytes.Assert($"stdout of {command}", nativeOutcome.Output, wasmOutcome.Output);
        SameBytes.Assert($"stderr of {command}", nativeOutcome.Error, wasmOutcome.Error);
        Assert.True(nativeOutcome.ExitCode == wasmOutcome.ExitCode,
            $"{command} exited with {wasmOutcome.ExitCode}, the native build with {nativeOutcome.ExitCode}");
        Assert.Equal(DirectorySnapshot.Describe(native.Path), DirectorySnapshot.Describe(wasm.Path));
        return wasmOutcome;
    }

    public void Dispose()
    {
        native.Dispose();
        wasm.Dispose();
    }
}
