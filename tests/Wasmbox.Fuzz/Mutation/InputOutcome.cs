namespace Wasmbox.Fuzz.Mutation;

/// <summary>Every clean way a hostile input can end.</summary>
internal enum InputOutcome
{
    /// <summary>MalformedModuleException: refused by the decoder.</summary>
    Malformed,
    /// <summary>InvalidModuleException: refused by the validator.</summary>
    Invalid,
    /// <summary>Compiled but not instantiated: an import would need a memory or table larger than the fuzzer grants.</summary>
    NotInstantiated,
    /// <summary>Instantiated with stub imports, and every exported function called with zero arguments; none trapped.</summary>
    Ran,
    /// <summary>Instantiation trapped (a segment out of bounds, the start function), or an exported function did (the deadline counts).</summary>
    Trapped,
    /// <summary>Instantiation refused with a LinkException (or another of the engine's own errors, such as a store limit).</summary>
    LinkFailed,
}
