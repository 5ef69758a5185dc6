namespace Wasmbox.Fuzz.Differential;

/// <summary>The engines Wasmbox is compared with, and what each can be compared on.</summary>
internal enum Oracle
{
    /// <summary>binaryen's interpreter: prints a reference result as its type only, and may stop at a host limit.</summary>
    Binaryen,
    /// <summary>V8 through node's JS API: references are compared as null or not.</summary>
    V8,
}
