using System.Reflection.Emit;

namespace Wasmbox.Runtime.Compilation;

internal enum FrameKind { Function, Block, Loop, If }

/// <summary>
/// A Wasm block, loop, if or function body being compiled. The IL evaluation stack is empty at
/// every block boundary: values of the enclosing block are spilled to locals on entry and reloaded
/// at the end, and branches carry their values in <see cref="BranchLocals"/>. So every branch
/// target sees an empty IL stack, whatever Wasm operands lay below.
/// </summary>
internal sealed class ControlFrame
{
    public required FrameKind Kind { get; init; }
    public required ValueKind[] Parameters { get; init; }
    public required ValueKind[] Results { get; init; }
    /// <summary>Where a branch to this frame goes: the end for blocks, the header for loops.</summary>
    public required Label BranchTarget { get; init; }
    /// <summary>The values a branch to this frame carries: results, or parameters for a loop.</summary>
    public required LocalBuilder[] BranchLocals { get; init; }
    /// <summary>Enclosing operands spilled on entry, bottom first, reloaded after the end.</summary>
    public required List<(LocalBuilder Local, ValueKind Kind)> Spilled { get; init; }
    /// <summary>For if: the parameters, kept for the else arm.</summary>
    public LocalBuilder[] ParameterLocals { get; init; } = [];
    public Label ElseLabel { get; init; }
    public bool ElseSeen { get; set; }
    /// <summary>Set after br, return, unreachable: the rest of the block up to else/end is dead.</summary>
    public bool Unreachable { get; set; }

    public ValueKind[] BranchKinds => Kind == FrameKind.Loop ? Parameters : Results;
}
