using System.Diagnostics;

namespace Wasmbox.Runtime.Tests;

/// <summary>
/// SIMD results must not depend on the host CPU: the SIMD conformance scripts pass again in a
/// `wasmbox wast` process whose .NET runtime is told to use no hardware intrinsics at all (every
/// Vector128 operation and every `IsSupported` branch takes its portable path), one with SSE2
/// only (`DOTNET_EnableSSE42=0`, which on .NET 10 also turns off SSSE3 and SSE4.1: their own
/// switches do nothing), so the SSSE3/SSE4.1 paths fall back, and one without AVX.
/// </summary>
public sealed class SimdFallbackTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var path in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Conformance"), "simd_*.wast").Order())
        {
            data.Add(Path.GetFileName(path), "DOTNET_EnableHWIntrinsic");
            data.Add(Path.GetFileName(path), "DOTNET_EnableSSE42");
            data.Add(Path.GetFileName(path), "DOTNET_EnableAVX");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task ScriptPassesWithHardwarePathsTurnedOff(string script, string switchedOff)
    {
        using var process = StartWasmbox(switchedOff, "wast", Path.Combine(AppContext.BaseDirectory, "Conformance", script));
        var reading = process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        var output = await reading;
        await process.WaitForExitAsync();
        var summary = output.TrimEnd().Split('\n')[^1];
        Assert.True(process.ExitCode == 0, $"{script} with {switchedOff}=0: exit {process.ExitCode}\n{output}\n{errors}");
        Assert.Matches("^[1-9][0-9]* passed, 0 failed", summary);
    }

    [Theory]
    [InlineData("DOTNET_EnableHWIntrinsic", "SIMD: portable (no vector hardware)")]
    [InlineData("DOTNET_EnableSSE42", "SIMD: hardware (SSE2)\n")]
    [InlineData("DOTNET_EnableAVX", "SIMD: hardware (SSE2 SSSE3 SSE4.1 SSE4.2)\n")]
    public void TheSwitchReallyTurnsVectorHardwareOff(string switchedOff, string reported)
    {
        // Guards the test above from passing vacuously: `wasmbox version` in a child told so says what SIMD code uses.
        using var process = StartWasmbox(switchedOff, "version");
        var output = process.StandardOutput.ReadToEnd().Replace("\r", "");
        process.WaitForExit();
        Assert.Contains(reported, output);
    }

    /// <summary>The wasmbox CLI in a child process whose runtime has <paramref name="switchedOff"/> set to 0.</summary>
    private static Process StartWasmbox(string switchedOff, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "wasmbox.dll"), .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment[switchedOff] = "0";
        return Process.Start(start)!;
    }
}
