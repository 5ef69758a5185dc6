using System.Runtime.CompilerServices;

namespace Wasmbox.Runtime.Compilation;

/// <summary>
/// The semantics of WebAssembly's fixed-width SIMD instructions: one method for each member of
/// <see cref="Binary.Opcode"/> in the 0xFD family except <c>v128.load</c>, <c>v128.store</c> and
/// <c>v128.const</c>, with the member's name, which is how the compiler finds it (so no
/// overloads). A v128 is a <c>Vector128&lt;byte&gt;</c>, reinterpreted per shape; operands come
/// in Wasm's order, then the immediates (a lane index, a shuffle's lanes). Every method inlines.
/// </summary>
/// <remarks>
/// The results are exact Wasm on every host. A method uses the cross-platform <c>Vector128</c>
/// API where the JIT turns it into what Wasm means (it does for most integer and bitwise work),
/// and x86 instructions, behind their <c>IsSupported</c> checks, where that API is slow or its
/// semantics differ (float min and max, truncation to unsigned, pmulhrsw, pmaddwd, ...). Such a
/// method falls back to its namesake in <see cref="Portable"/>, which gives the same bits, NaNs
/// included, and which the tests run next to the fast path on any host.
/// </remarks>
internal static partial class SimdOps
{
    private const MethodImplOptions Inline = MethodImplOptions.AggressiveInlining;

    /// <summary>
    /// Host-independent versions of the operations that have an x86 path in <see cref="SimdOps"/>,
    /// under the same names. Kept apart from the dispatching methods so that the tests can compare
    /// the two on one host; the compiler does not look here.
    /// </summary>
    internal static partial class Portable
    {
    }
}
