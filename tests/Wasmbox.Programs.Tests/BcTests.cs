using Wasmbox.Programs.Tests.Building;
using Wasmbox.Programs.Tests.Running;

namespace Wasmbox.Programs.Tests;

/// <summary>GNU bc, from Debian's source package, interprets programs to hundreds of digits and reports mistakes as its native build does.</summary>
public sealed class BcTests
{
    private static readonly RealProgram Bc = RealProgram.Bc;

    private static byte[] Workload(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Workloads", name));

    [Fact]
    public void RunsAProgramFileWithTheMathLibraryFromAReadOnlyDirectory()
    {
        using var run = new SideBySide(Bc, readOnlyDirectory: true);
        run.WriteFile("calculations.bc", Workload("calculations.bc"));

        var outcome = run.Run("-l", "calculations.bc");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("", outcome.ErrorText);
        Assert.StartsWith("pi, from 4 * a(1):\n3.14159265358979323846264338327950288419716939937510", outcome.OutputText);
        Assert.Contains("Machin's pi agrees with 4 * a(1) to 280 digits: 1\n", outcome.OutputText);
        Assert.Contains("2^127 - 1 is probably prime\n", outcome.OutputText);
    }

    [Fact]
    public void ReportsMistakesInAProgramOnStdinAndWarnsAtExtensions()
    {
        using var run = new SideBySide(Bc, readOnlyDirectory: true);

        var lenient = run.Run(Workload("mistakes.bc"));
        var warning = run.Run(Workload("mistakes.bc"), "-w");
        var standard = run.Run(Workload("mistakes.bc"), "-s");

        Assert.Contains("Runtime error (func=(main), adr=3): Divide by zero\n", lenient.ErrorText);
        Assert.Contains("(standard_in) 15: syntax error\n", lenient.ErrorText);
        Assert.Contains("after a syntax error\n", lenient.OutputText);
        Assert.Contains("(standard_in) 20: (Warning) print statement\n", warning.ErrorText);
        Assert.Contains("(standard_in) 20: Error: print statement\n", standard.ErrorText);
    }

    [Fact]
    public void SaysWhenAProgramFileCannotBeRead()
    {
        using var run = new SideBySide(Bc, readOnlyDirectory: true);

        var outcome = run.Run("missing.bc");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal("File missing.bc is unavailable.\n", outcome.ErrorText);
    }
}
