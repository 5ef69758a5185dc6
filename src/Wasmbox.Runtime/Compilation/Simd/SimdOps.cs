namespace Wasmbox.Runtime.Compilation;

/// <summary>
/// The semantics of the SIMD instructions, one method per <see cref="Binary.Opcode"/> of the same
/// name (the compiler finds them by name), on Vector128&lt;byte&gt; values. Each is small and
/// aggressively inlined, so compiled code gets the vector instructions, not calls; where the
/// hardware lacks an instruction set, a portable path gives the same bits.
/// </summary>
internal static partial class SimdOps
{
}
