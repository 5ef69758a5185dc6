namespace Wasmbox.Fuzz.Differential;

/// <summary>What comparing one module's runs concluded.</summary>
internal enum VerdictKind
{
    /// <summary>Wasmbox, V8 and binaryen agree.</summary>
    Agreed,
    /// <summary>Binaryen made a module that is not valid Wasm 2.0 and V8 and Wasmbox both refuse it.</summary>
    SkippedInvalid,
    /// <summary>The module imports something other than the fuzzing-support logging functions.</summary>
    SkippedUnsupported,
    /// <summary>
    /// Binaryen's interpreter ran out of time (it is hundreds of times slower than a compiler, and a
    /// loaded machine makes it slower still), and Wasmbox agrees with V8: checked against one oracle.
    /// </summary>
    AgreedWithV8,
    /// <summary>Wasmbox's behaviour differs from an oracle's.</summary>
    Divergence,
    /// <summary>A module that keeps its NaNs behaves differently: not a failure, as NaN bits are not deterministic.</summary>
    NaNDifference,
    /// <summary>Wasmbox threw a .NET exception of its own, died, or hung.</summary>
    HostCrash,
}

/// <summary>The verdict on one module, with a description of what differed and the events compared.</summary>
internal sealed record Verdict(VerdictKind Kind, string Description, int EventsCompared = 0);
