using Wasmbox.Runtime.Binary;

namespace Wasmbox.Runtime.Compilation;

/// <summary>A loop the compiler emits <see cref="Factor"/> iterations of per pass; <see cref="End"/> is its <c>end</c>.</summary>
internal readonly record struct UnrolledLoop(int End, int Factor);

/// <summary>
/// Picks the small innermost loops whose body the compiler emits several times over, so that the
/// machine code runs several iterations per pass of the loop (see <c>FunctionCompiler.CompileUnrolledLoop</c>).
/// RyuJIT does not unroll loops, and the vectorized loops clang emits for Wasm are a handful of
/// instructions each: there the back edge, the loop's own bookkeeping and the one taken branch per
/// iteration are a large part of the time. V8's TurboFan unrolls such loops the same way.
/// <para>
/// Nothing about the loop is proven, so nothing is removed: every copy but the last ends in the
/// loop's own condition, turned around to leave the loop when it is false, and the last branches
/// back. Each copy does what one iteration did, instruction for instruction (fuel is charged per
/// copy as per iteration); only the interruption check at the loop's header runs once per pass.
/// </para>
/// A loop qualifies when it has no parameters or results, ends in <c>br_if 0</c>, holds no loop and
/// no call (a call costs more than the branches saved), and nothing at its own level ends it early
/// (<c>br</c>, <c>br_table</c>, <c>return</c>, <c>unreachable</c>; inside nested blocks they are fine).
/// </summary>
internal static class LoopUnrolling
{
    /// <summary>Copies of a body at most, V8's figure too.</summary>
    public const int MaxFactor = 4;

    /// <summary>Instructions a loop may have once unrolled: a 25-instruction body is emitted four times, a 50-instruction one twice.</summary>
    public const int UnrolledBudget = 100;

    /// <summary>
    /// Unrolling stops where the method would measure more than this (in <see cref="RegionPlanner"/>'s
    /// units): well below where RyuJIT stops optimising, so that no function that was optimised before
    /// is compiled without optimisation because of its copies.
    /// </summary>
    public const int MethodUnitsLimit = EngineConfig.DefaultSplitFunctionsOver / 2;

    /// <summary>The loops of <paramref name="code"/>[<paramref name="start"/>, <paramref name="end"/>) to unroll, by the index of their <c>loop</c>.</summary>
    public static Dictionary<int, UnrolledLoop> Plan(Instruction[] code, int start, int end)
    {
        var plan = new Dictionary<int, UnrolledLoop>();
        var candidates = Candidates(code, start, end);
        if (candidates.Count == 0) return plan;
        var size = RegionPlanner.Measure(code, start, end);
        foreach (var (loop, loopEnd) in candidates)
        {
            var bodyLength = loopEnd - loop - 1;
            var factor = Math.Min(MaxFactor, UnrolledBudget / bodyLength);
            if (factor < 2) continue;
            var body = RegionPlanner.Measure(code, loop + 1, loopEnd);
            var grown = size + body * (factor - 1);
            if (grown.Units > MethodUnitsLimit) continue;
            size = grown;
            plan[loop] = new UnrolledLoop(loopEnd, factor);
        }
        return plan;
    }

    private sealed class OpenBlock(int start, bool isLoop)
    {
        public int Start { get; } = start;
        public bool IsLoop { get; } = isLoop;
        public bool Disqualified { get; set; } = !isLoop;
    }

    /// <summary>Qualifying loops as (index of loop, index of its end), in order of their end.</summary>
    private static List<(int Loop, int End)> Candidates(Instruction[] code, int start, int end)
    {
        var found = new List<(int, int)>();
        var open = new List<OpenBlock>();
        void DisqualifyAllOpenLoops()
        {
            foreach (var block in open) block.Disqualified = true;
        }
        for (var i = start; i < end; i++)
        {
            var instruction = code[i];
            switch (instruction.Op)
            {
                case Opcode.Block or Opcode.If:
                    open.Add(new OpenBlock(i, isLoop: false));
                    break;
                case Opcode.Loop:
                    DisqualifyAllOpenLoops();
                    open.Add(new OpenBlock(i, isLoop: true) { Disqualified = !BlockType.FromInstruction(instruction).IsEmpty });
                    break;
                case Opcode.Call or Opcode.CallIndirect:
                    DisqualifyAllOpenLoops();
                    break;
                case Opcode.Br or Opcode.BrTable or Opcode.Return or Opcode.Unreachable:
                    if (open.Count > 0 && open[^1].IsLoop) open[^1].Disqualified = true;
                    break;
                case Opcode.End when open.Count > 0:
                    var closed = open[^1];
                    open.RemoveAt(open.Count - 1);
                    if (!closed.Disqualified && i - 1 > closed.Start && code[i - 1] is { Op: Opcode.BrIf, A: 0 })
                        found.Add((closed.Start, i));
                    break;
            }
        }
        return found;
    }
}
