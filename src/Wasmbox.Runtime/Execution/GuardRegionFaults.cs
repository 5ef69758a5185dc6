namespace Wasmbox.Runtime.Execution;

/// <summary>
/// Turns the fault of an access into a guard region (delivered by .NET as an
/// <see cref="AccessViolationException"/>, see <see cref="GuardRegionSupport"/>) into the trap
/// "out of bounds memory access". Only a fault raised by compiled Wasm code is one: compiled code
/// dereferences no pointer but a memory's base plus an offset inside its reservation.
/// </summary>
internal static class GuardRegionFaults
{
    public static bool IsWasmMemoryFault(AccessViolationException fault)
    {
        var frames = new System.Diagnostics.StackTrace(fault, false).GetFrames();
        return frames.Length > 0 && CompiledFrames.IsCompiled(frames[0].GetMethod());
    }

    public static TrapException ToTrap(AccessViolationException fault) => new(TrapKind.MemoryOutOfBounds, detail: null, inner: fault);
}
