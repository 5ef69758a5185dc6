namespace Wasmbox.Runtime.Execution;

/// <summary>
/// Turns the fault of an access into a guard region (delivered by .NET as an
/// <see cref="AccessViolationException"/>, see <see cref="GuardRegionSupport"/>) into the trap
/// "out of bounds memory access". Only a fault raised by compiled Wasm code is one: compiled code
/// (and the SIMD helpers it calls) dereferences no pointer but a memory's base plus an offset inside its reservation.
/// </summary>
internal static class GuardRegionFaults
{
    public static bool IsWasmMemoryFault(AccessViolationException fault)
    {
        var frames = new System.Diagnostics.StackTrace(fault, false).GetFrames();
        if (frames.Length == 0) return false;
        // A SIMD memory helper is inlined into compiled code, but the JIT may decline in a huge
        // method: then the access is the helper's, on an address compiled code handed it.
        var top = frames[0].GetMethod();
        if (top?.DeclaringType == typeof(Compilation.SimdOps) && frames.Length > 1) top = frames[1].GetMethod();
        return CompiledFrames.IsCompiled(top);
    }

    public static TrapException ToTrap(AccessViolationException fault) => new(TrapKind.MemoryOutOfBounds, detail: null, inner: fault);
}
