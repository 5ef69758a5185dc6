using Wasmbox.Runtime.Binary;

namespace Wasmbox.Runtime.Compilation;

/// <summary>
/// A stretch of a function's body compiled as a method of its own: instructions
/// [<see cref="Start"/>, <see cref="End"/>), which begin and end with the operand stack of their
/// block empty. It shares the function's locals through a frame in memory: it loads the ones it
/// uses on entry and stores the ones it sets on the way out, and it returns 0 when it ends
/// normally or 1 + d for a branch to the block d levels out from where it stands (results of a
/// return wait in the frame's result slots).
/// </summary>
/// <param name="Start">Its first instruction.</param>
/// <param name="End">The instruction after it, in the same block.</param>
/// <param name="EnclosingBlocks">Blocks open where it starts, the function's own included.</param>
/// <param name="FallsThrough">Whether the instruction after it can be reached from inside it.</param>
/// <param name="UsedLocals">Locals it reads or sets, ascending: loaded from the frame on entry.</param>
/// <param name="SetLocals">Locals it sets, ascending: stored back on the way out.</param>
/// <param name="ExitDepths">Blocks its branches leave to, as depths from where it stands.</param>
internal sealed record Region(int Start, int End, int EnclosingBlocks, bool FallsThrough, int[] UsedLocals, int[] SetLocals, int[] ExitDepths);

/// <summary>
/// Decides how to cut a function too large for RyuJIT to optimise into regions. RyuJIT (release)
/// compiles any method over 60,000 bytes of IL, 20,000 IL instructions, 2,000 basic blocks,
/// 2,000 locals or 8,000 local references with MinOpts, no setting lifts that, and the largest
/// functions of real programs (interpreter loops, compressors) are past it. Size is measured in
/// units that track those limits for the IL Wasmbox emits: the most of the instruction count,
/// three per local access, and eight per block, branch or return (calibrated on SQLite and bzip2:
/// functions over about 11,000 units were the ones compiled with MinOpts).
/// <para>
/// A function over the limit keeps its blocks of more than half the limit (their insides are
/// cut instead), and the stretches between them, from one point where the operand stack is empty
/// to another, become regions of at most half the limit. Nothing inside a loop is cut out: a
/// region is a call with its locals copied in and out, and one per iteration cost SQLite's
/// bytecode interpreter (a loop around a switch) 40% more than running it unoptimised whole,
/// even when the regions held loops of their own. When the function would still be over the limit
/// after all that, it is left whole: split and unoptimised together is the worst of both. Measured:
/// bzip2's block compressor (10,000 instructions, outside-loop stretches) runs about 20% faster
/// split; SQLite's interpreter, all loop, stays whole, and is unoptimised unless the engine has a
/// native compiler (<see cref="EngineConfig.NativeCompiler"/>: crossgen2 has no such limits).
/// </para>
/// </summary>
internal static class RegionPlanner
{
    private const int UnitsPerLocalAccess = 3, UnitsPerControl = 8;

    /// <summary>
    /// Regions of one function, in order, none inside another; empty when it is small enough whole.
    /// A negative <paramref name="limit"/> (tests) splits at -limit with no regard for speed.
    /// </summary>
    public static IReadOnlyList<Region> Plan(ModuleDefinition module, FunctionBody body, ValueKind[] localKinds,
        FunctionType signature, int limit)
    {
        if (limit == 0 || body.Code.Length < 2) return [];
        // The frame holds every local: a function with very many is left whole.
        if (localKinds.Length > 4096) return [];
        var planner = new Planner(body, localKinds, signature, Math.Abs(limit), forced: limit < 0);
        if (!planner.Forced && planner.Units(0, body.Code.Length) <= planner.Limit) return [];
        planner.Shape = FunctionShape.Of(module, signature, body);
        planner.CollectBody(0, body.Code.Length - 1);
        planner.Regions.Sort((a, b) => a.Start.CompareTo(b.Start));
        if (!planner.Forced && planner.RemainingUnits() > planner.Limit) return [];
        return planner.Regions;
    }

    /// <summary>Whether the whole function measures over <paramref name="limit"/> units, or has more locals than RyuJIT optimises (2,000).</summary>
    public static bool IsOver(FunctionBody body, ValueKind[] localKinds, int limit)
    {
        if (localKinds.Length > 2000) return true;
        return Measure(body.Code, 0, body.Code.Length).Units > limit;
    }

    private static bool IsLocalAccess(Opcode op) => op is Opcode.LocalGet or Opcode.LocalSet or Opcode.LocalTee;

    private static bool IsControl(Opcode op) =>
        op is Opcode.Block or Opcode.Loop or Opcode.If or Opcode.Else or Opcode.Br or Opcode.BrIf or Opcode.BrTable or Opcode.Return;

    private static int Units(int instructions, int locals, int control) =>
        Math.Max(instructions, Math.Max(locals * UnitsPerLocalAccess, control * UnitsPerControl));

    /// <summary>What <paramref name="code"/>[<paramref name="start"/>, <paramref name="end"/>) counts towards RyuJIT's limits.</summary>
    public static CodeSize Measure(Instruction[] code, int start, int end)
    {
        int locals = 0, control = 0;
        for (var i = start; i < end; i++)
        {
            if (IsLocalAccess(code[i].Op)) locals++;
            else if (IsControl(code[i].Op)) control++;
        }
        return new CodeSize(end - start, locals, control);
    }

    /// <summary>Instruction, local-access and control-instruction counts, and the units they make.</summary>
    public readonly record struct CodeSize(int Instructions, int LocalAccesses, int Controls)
    {
        public int Units => RegionPlanner.Units(Instructions, LocalAccesses, Controls);
        public static CodeSize operator +(CodeSize a, CodeSize b) =>
            new(a.Instructions + b.Instructions, a.LocalAccesses + b.LocalAccesses, a.Controls + b.Controls);
        public static CodeSize operator *(CodeSize a, int times) =>
            new(a.Instructions * times, a.LocalAccesses * times, a.Controls * times);
    }

    public static bool ContainsLoop(Instruction[] code, int start, int end)
    {
        for (var i = start; i < end; i++)
            if (code[i].Op == Opcode.Loop) return true;
        return false;
    }

    private sealed class Planner
    {
        private readonly FunctionBody body;
        private readonly ValueKind[] localKinds;
        private readonly FunctionType signature;
        private readonly Instruction[] code;
        // Prefix counts: instructions before i are i; these count local accesses and control instructions.
        private readonly int[] localAccesses, controls;

        public Planner(FunctionBody body, ValueKind[] localKinds, FunctionType signature, int limit, bool forced)
        {
            this.body = body;
            this.localKinds = localKinds;
            this.signature = signature;
            code = body.Code;
            Limit = limit;
            Forced = forced;
            localAccesses = new int[code.Length + 1];
            controls = new int[code.Length + 1];
            for (var i = 0; i < code.Length; i++)
            {
                var op = code[i].Op;
                localAccesses[i + 1] = localAccesses[i] + (IsLocalAccess(op) ? 1 : 0);
                controls[i + 1] = controls[i] + (IsControl(op) ? 1 : 0);
            }
        }

        /// <summary>Computed only for a function that is to be cut: most never need it.</summary>
        public FunctionShape Shape { get; set; } = null!;

        public int Limit { get; }
        public bool Forced { get; }
        public List<Region> Regions { get; } = [];

        /// <summary>Smaller stretches stay: a call and the copies of its locals would cost more than they save.</summary>
        private int Minimum => Forced ? 1 : Math.Max(1, Limit / 64);

        public int Units(int start, int end) =>
            RegionPlanner.Units(end - start, localAccesses[end] - localAccesses[start], controls[end] - controls[start]);

        /// <summary>What stays in the function: everything but the regions, plus each call's copies and exits.</summary>
        public int RemainingUnits()
        {
            int instructions = code.Length, locals = localAccesses[^1], control = controls[^1];
            foreach (var region in Regions)
            {
                instructions -= region.End - region.Start - 4;
                locals -= localAccesses[region.End] - localAccesses[region.Start] - region.UsedLocals.Length - region.SetLocals.Length;
                control -= controls[region.End] - controls[region.Start] - region.ExitDepths.Length - 1;
            }
            return RegionPlanner.Units(instructions, locals, control);
        }

        /// <summary>
        /// Plans the body [start, end), where end is the index of the else or end that closes it,
        /// and the bodies of the blocks too big to move whole. With a work list, not recursion:
        /// the module decides how deep blocks nest, and the host's stack must not.
        /// </summary>
        public void CollectBody(int start, int end)
        {
            var bodies = new Stack<(int Start, int End)>();
            bodies.Push((start, end));
            var cuts = new List<int>();
            while (bodies.Count > 0)
            {
                var (first, last) = bodies.Pop();
                if (first >= last) continue;
                cuts.Clear();
                for (var i = first; i < last; i++)
                {
                    if (IsCut(i)) cuts.Add(i);
                    var closing = Shape.ConstructEnd[i];
                    if (closing < 0) continue;
                    if (Units(i, closing + 1) > Limit / 2)
                    {
                        // Too big to move whole: it stays here, and its own bodies are planned instead.
                        Group(cuts);
                        cuts.Clear();
                        if (Shape.ElseOf[i] is var @else and >= 0)
                        {
                            bodies.Push((i + 1, @else));
                            bodies.Push((@else + 1, closing));
                        }
                        else
                        {
                            bodies.Push((i + 1, closing));
                        }
                    }
                    i = closing;   // the loop goes on after its end
                }
                if (IsCut(last)) cuts.Add(last);
                Group(cuts);
            }
        }

        /// <summary>
        /// A point where a region may start or end: the block's operands all consumed. Dead code
        /// has no operand stack to speak of, so a region may end there (it never falls through);
        /// it may not start there.
        /// </summary>
        private bool IsCut(int index) => !Shape.Reachable[index] || Shape.Height[index] == 0;

        /// <summary>Groups the pieces between consecutive cut points into regions of at most half the limit.</summary>
        private void Group(List<int> cuts)
        {
            var i = 0;
            while (i + 1 < cuts.Count)
            {
                var start = cuts[i];
                var j = i + 1;
                while (j + 1 < cuts.Count && Units(start, cuts[j + 1]) <= Math.Max(1, Limit / 2)) j++;
                var end = cuts[j];
                var units = Units(start, end);
                if (units >= Minimum && units <= Math.Max(1, Limit / 2) && Describe(start, end) is { } region)
                    Regions.Add(region);
                i = j;
            }
        }

        /// <summary>The region [start, end), or null when it cannot be one (dead, a reference local, a branch out carrying values).</summary>
        private Region? Describe(int start, int end)
        {
            if (!Shape.Reachable[start]) return null;
            if (!Forced && Shape.InsideLoop[start]) return null;
            var used = new SortedSet<int>();
            var set = new SortedSet<int>();
            var exits = new SortedSet<int>();
            for (var i = start; i < end; i++)
            {
                var instruction = code[i];
                switch (instruction.Op)
                {
                    case Opcode.LocalGet or Opcode.LocalSet or Opcode.LocalTee:
                        var local = instruction.Index;
                        // A region's frame has 8-byte slots: references and vectors stay out.
                        if (!localKinds[local].IsNumeric()) return null;
                        used.Add(local);
                        if (instruction.Op != Opcode.LocalGet) set.Add(local);
                        break;
                    case Opcode.Br or Opcode.BrIf:
                        if (!AddExit(i, instruction.Index, start, exits)) return null;
                        break;
                    case Opcode.Return:
                        if (!AddExit(i, Shape.Depth[i] - 1, start, exits)) return null;
                        break;
                    case Opcode.BrTable:
                        for (var k = 0; k <= (int)instruction.B; k++)
                        {
                            if (!AddExit(i, body.BranchTargets[(int)instruction.A + k], start, exits)) return null;
                        }
                        break;
                }
            }
            return new Region(start, end, Shape.Depth[start], Shape.Reachable[end], used.ToArray(), set.ToArray(), exits.ToArray());
        }

        /// <summary>Notes a branch that leaves the region; false when it carries values other than a return's.</summary>
        private bool AddExit(int index, int depth, int start, SortedSet<int> exits)
        {
            var inside = Shape.Depth[index] - Shape.Depth[start];
            if (depth < inside) return true;   // a block of the region itself
            var target = Shape.TargetOf(index, depth);
            if (target >= 0 && Shape.BranchArity[target] != 0) return false;
            if (target < 0 && signature.Results.Any(r => !r.IsNumeric())) return false;
            exits.Add(depth - inside);
            return true;
        }
    }
}
