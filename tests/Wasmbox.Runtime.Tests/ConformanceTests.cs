using Wasmbox.Cli.Wast;

namespace Wasmbox.Runtime.Tests;

/// <summary>
/// The engine's own conformance scripts (Conformance/*.wast, one per instruction family), converted
/// with wast2json during the test and run command by command: once as compiled in memory, once
/// with every module loaded from its serialized form (the code `wasmbox compile` and the cache persist),
/// once with explicit bounds checks instead of the guard region, once with every module's data
/// segments mapped from a memory image, however small.
/// </summary>
public sealed class ConformanceTests
{
    public static TheoryData<string> Scripts()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Conformance"), "*.wast").Order())
            data.Add(Path.GetFileName(path));
        return data;
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public void ScriptPasses(string script) => Run(script, serialize: false);

    [Theory]
    [MemberData(nameof(Scripts))]
    public void ScriptPassesWithSerializedModules(string script) => Run(script, serialize: true);

    [Theory]
    [MemberData(nameof(Scripts))]
    public void ScriptPassesWithExplicitBoundsChecks(string script) =>
        Run(script, serialize: false, EngineConfig.Default.WithBoundsChecks(BoundsChecks.Explicit));

    [Theory]
    [MemberData(nameof(Scripts))]
    public void ScriptPassesWithMemoryImagesForEveryModule(string script) =>
        Run(script, serialize: false, EngineConfig.Default.WithMemoryImages(true, minimumBytes: 0));

    [Theory]
    [MemberData(nameof(Scripts))]
    public void ScriptPassesWithEveryFunctionSplit(string script)
    {
        // Cuts wherever a cut is possible, into regions of an instruction or two: every function
        // that can be split runs as regions, with their calls, frames and exits.
        Run(script, serialize: false, EngineConfig.Default.WithForcedSplitting(2));
        Run(script, serialize: true, EngineConfig.Default.WithForcedSplitting(40));
    }

    [Fact]
    public void TestsRunWithGuardRegionsAsUsersDo() =>
        Assert.Equal(BoundsChecks.GuardRegion, new Engine().Config.BoundsChecks);

    private static void Run(string script, bool serialize, EngineConfig? config = null)
    {
        var json = WastConverter.Convert(Path.Combine(AppContext.BaseDirectory, "Conformance", script));
        WastResult? result = null;
        // Scripts include deliberate runaway recursion; give them the stack the CLI gives guests.
        var thread = new Thread(() => result = WastRunner.Run(json, serialize, config), 256 * 1024 * 1024);
        thread.Start();
        thread.Join();
        Assert.True(result!.Failed == 0, $"{script}: {result.Failed} failed\n{string.Join("\n", result.Failures)}");
        Assert.True(result.Passed > 0, $"{script}: no command ran");
    }
}
