using System.Reflection.Emit;
using Wasmbox.Runtime.Binary;

namespace Wasmbox.Runtime.Compilation;

// Loops compiled several iterations per pass (see LoopUnrolling for which, and why).
internal sealed partial class FunctionCompiler
{
    /// <summary>
    /// Compiles the loop at <see cref="instructionIndex"/> with its body emitted
    /// <see cref="UnrolledLoop.Factor"/> times: each copy but the last ends in the loop's condition,
    /// leaving the loop when it is false and otherwise falling into the next copy; the last ends in
    /// the loop's own <c>br_if 0</c> back to the header. Leaves <see cref="instructionIndex"/> on that
    /// <c>br_if</c>, so the loop's <c>end</c> comes next.
    /// </summary>
    private void CompileUnrolledLoop(UnrolledLoop loop)
    {
        var header = instructionIndex;
        var backEdge = loop.End - 1;
        CompileInstruction();
        var exit = il.DefineLabel();
        for (var copy = 1; copy < loop.Factor; copy++)
        {
            CompileBody(header + 1, backEdge);
            instructionIndex = backEdge;
            current = body.Code[backEdge];
            // The condition is charged for as the br_if it stands for. The loop has no results and
            // its body leaves nothing under the condition (validation), so the IL stack is empty at the exit.
            AccountFuel(Opcode.BrIf);
            Pop();
            il.Emit(OpCodes.Brfalse, exit);
        }
        CompileBody(header + 1, backEdge);
        instructionIndex = backEdge;
        CompileInstruction();
        il.MarkLabel(exit);
    }

    private void CompileBody(int start, int end)
    {
        for (instructionIndex = start; instructionIndex < end; instructionIndex++) CompileInstruction();
    }
}
