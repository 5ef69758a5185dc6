namespace Wasmbox.Fuzz.Mutation;

/// <summary>Every clean way a hostile input can end.</summary>
internal enum InputOutcome
{
    /// <summary>MalformedModuleException: refused by the decoder.</summary>
    Malformed,
    /// <summary>InvalidModuleException: refused by the validator.</summary>
    Invalid,
    /// <summary>Compiled (and every function JIT-compiled) but not instantiated: it has a start function, which could run forever until the engine has fuel.</summary>
    Compiled,
    /// <summary>Compiled but not instantiated: an import would need a memory or table larger than the fuzzer grants.</summary>
    NotInstantiated,
    /// <summary>Instantiated with stub imports.</summary>
    Instantiated,
    /// <summary>Instantiation trapped (a segment out of bounds).</summary>
    Trapped,
    /// <summary>Instantiation refused with a LinkException (or another of the engine's own errors, such as a store limit).</summary>
    LinkFailed,
}
