namespace Wasmbox.Runtime;

/// <summary>Why a compiled module (from <see cref="Module.Serialize"/> or the compilation cache) was refused.</summary>
public enum CompiledModuleProblem
{
    /// <summary>The bytes do not start like a compiled module.</summary>
    NotCompiledModule,
    /// <summary>Written in a file format this Wasmbox does not read.</summary>
    UnsupportedFormat,
    /// <summary>Truncated or damaged: its checksum, lengths or contents do not hold together.</summary>
    Corrupted,
    /// <summary>Its signature does not verify with the key given, or signed and unsigned do not match what was asked.</summary>
    SignatureMismatch,
    /// <summary>Compiled by another build of Wasmbox.</summary>
    OtherBuild,
    /// <summary>Compiled with engine settings (fuel, interruption, call depth) other than the engine's.</summary>
    ConfigurationMismatch,
    /// <summary>Compiled from other Wasm bytes than the ones expected.</summary>
    OtherModule,
}

/// <summary>
/// A compiled module was refused before any of its code ran: it is damaged, not signed as
/// required, from another build of Wasmbox, or compiled for another engine configuration.
/// </summary>
public sealed class CompiledModuleException : WasmException
{
    public CompiledModuleException(CompiledModuleProblem problem, string message, Exception? inner = null)
        : base(message, inner)
    {
        Problem = problem;
    }

    public CompiledModuleProblem Problem { get; }
}
