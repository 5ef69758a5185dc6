namespace Wasmbox.Runtime;

/// <summary>How compiled code keeps every memory access inside its linear memory.</summary>
public enum BoundsChecks
{
    /// <summary>
    /// <see cref="GuardRegion"/> when this process can turn a fault into a trap (see
    /// <see cref="GuardRegionSupport"/>), else <see cref="Explicit"/>. An engine resolves it when created.
    /// </summary>
    Auto,

    /// <summary>One unsigned compare of address + offset + size against the memory's length per access.</summary>
    Explicit,

    /// <summary>
    /// No compare at all: every memory reserves 8 GiB of address space plus a guard page, more than
    /// a 32-bit address and a 32-bit offset can reach, and only its current length is accessible.
    /// An access past it faults, and the fault becomes the trap "out of bounds memory access",
    /// exactly where the spec puts it (x86-64 faults before any byte of a store is written).
    /// </summary>
    GuardRegion,
}
