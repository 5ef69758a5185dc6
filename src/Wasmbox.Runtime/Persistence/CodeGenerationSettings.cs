namespace Wasmbox.Runtime.Persistence;

/// <summary>
/// The engine settings that change the code the compiler emits (fuel metering and its costs,
/// interruption checks, the call-depth count, bounds checks, function splitting). Code compiled with one set of them must never
/// run in an engine with another: it would meter, stop or count differently.
/// <see cref="EngineConfig.MaxStackBytes"/> is not among them: the stack limit is read at run time.
/// </summary>
internal sealed record CodeGenerationSettings(bool ConsumeFuel, string FuelCostsHash, bool Interruptible, int MaxCallDepth, BoundsChecks BoundsChecks, int SplitFunctionsOver)
{
    public static CodeGenerationSettings Of(EngineConfig config) =>
        // Without fuel metering the cost table compiles to nothing, so it must not tell modules apart.
        new(config.ConsumeFuel, config.ConsumeFuel ? config.FuelCosts.ContentHash() : "", config.Interruptible, Math.Max(0, config.MaxCallDepth), config.BoundsChecks, config.SplitFunctionsOver);

    /// <summary>Says how code compiled with these settings differs from what <paramref name="engine"/> needs, or null.</summary>
    public string? DifferenceFrom(CodeGenerationSettings engine)
    {
        var differences = new List<string>();
        if (ConsumeFuel != engine.ConsumeFuel)
            differences.Add($"fuel metering is {OnOff(ConsumeFuel)} in the compiled code but {OnOff(engine.ConsumeFuel)} in the engine");
        else if (FuelCostsHash != engine.FuelCostsHash)
            differences.Add("the compiled code charges fuel by another cost table than the engine's");
        // Checks the engine does not need are harmless: nothing interrupts a store of such an engine.
        if (!Interruptible && engine.Interruptible)
            differences.Add($"interruption checks are {OnOff(Interruptible)} in the compiled code but {OnOff(engine.Interruptible)} in the engine");
        if (BoundsChecks != engine.BoundsChecks)
            differences.Add($"the compiled code checks memory bounds {Describe(BoundsChecks)}, the engine {Describe(engine.BoundsChecks)}");
        if (SplitFunctionsOver != engine.SplitFunctionsOver)
            differences.Add($"the compiled code splits functions over {SplitFunctionsOver} instructions, the engine over {engine.SplitFunctionsOver}");
        if (MaxCallDepth != engine.MaxCallDepth)
            differences.Add($"the compiled code counts call depth to {Depth(MaxCallDepth)}, the engine to {Depth(engine.MaxCallDepth)}");
        return differences.Count == 0 ? null : string.Join("; ", differences);
    }

    private static string Describe(BoundsChecks checks) => checks == BoundsChecks.GuardRegion ? "with a guard region" : "explicitly";

    private static string OnOff(bool on) => on ? "on" : "off";

    private static string Depth(int depth) => depth == 0 ? "no limit" : depth.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
