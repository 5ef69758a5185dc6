using Wasmbox.Runtime.Binary;

namespace Wasmbox.Runtime.Compilation;

/// <summary>
/// The pointers a loop steps through memory, which the compiler mirrors in 64-bit IL locals
/// (see <c>FunctionCompiler</c>'s loop shadows). A Wasm address is an i32 that each access widens to
/// 64 bits, and RyuJIT cannot see that a register a 32-bit instruction wrote is zero-extended
/// already: a pointer in a 32-bit local costs a <c>mov r32, r32</c> at every access, two of nine
/// instructions per vector in matmul's inner loop. A 64-bit copy, zero-extended where it is set
/// (which RyuJIT folds into the 32-bit instruction that computes it), is used as it is.
/// <para>
/// A local is shadowed in a loop when, inside the loop, every read of it is an access's address or
/// steps it by a constant (<c>p = p + 16</c>, <c>local.tee</c> too), and at least one is an address. Read any other way
/// (compared, offset, added to), a 64-bit local made RyuJIT copy it between registers on every
/// iteration, which cost more than the moves saved (base64 ran 9% slower with every address local
/// widened function-wide). Compilers reuse a local for unrelated values in different loops, so the
/// choice is made loop by loop: the 32-bit local stays the one the rest of the function uses,
/// written along with its shadow (RyuJIT drops the write when nothing reads it after the loop).
/// </para>
/// <para>
/// An address use is a <c>local.get</c> or <c>local.tee</c> whose value is next taken, within a
/// few straight-line instructions, as the address of a load or store. Anything this does not
/// follow (control, calls, table and bulk memory instructions) ends the search.
/// </para>
/// </summary>
internal sealed class AddressLocals
{
    /// <summary>How many instructions after a read to look for the access it feeds.</summary>
    private const int Window = 24;

    /// <summary>For each instruction, whether it is a <c>local.get</c> or <c>local.tee</c> whose value is an access's address.</summary>
    public required bool[] AddressUses { get; init; }

    /// <summary>For each instruction, whether it is a <c>local.get</c>, <c>local.set</c> or <c>local.tee</c> inside a loop that shadows its local.</summary>
    public required bool[] Shadowed { get; init; }

    /// <summary>The locals each shadowing loop (by the index of its <c>loop</c>) copies into their shadows on entry.</summary>
    public required Dictionary<int, List<int>> LoopEntries { get; init; }

    /// <summary>The locals shadowed in some loop.</summary>
    public required bool[] HasShadow { get; init; }

    /// <summary>The shadows of <paramref name="code"/>'s loops; null when no loop has any.</summary>
    public static AddressLocals? Find(Instruction[] code, ValueKind[] localKinds)
    {
        var addressUses = new bool[code.Length];
        var anyAddressUse = false;
        for (var i = 0; i < code.Length; i++)
        {
            if (code[i].Op is not (Opcode.LocalGet or Opcode.LocalTee) || localKinds[code[i].Index] != ValueKind.I32) continue;
            addressUses[i] = FeedsAddress(code, i);
            anyAddressUse |= addressUses[i];
        }
        if (!anyAddressUse) return null;

        Dictionary<int, List<int>> entries = new();
        bool[]? shadowed = null, hasShadow = null;
        var coveredUntil = new int[localKinds.Length]; // the end of the loop shadowing each local, where one encloses
        var enteringHere = new bool[localKinds.Length];
        foreach (var (loop, end) in Loops(code))
        {
            List<int>? entering = null;
            foreach (var local in Qualifying(code, loop, end, addressUses))
            {
                if (coveredUntil[local] > loop) continue; // an enclosing loop shadows it already
                coveredUntil[local] = end;
                (entering ??= new()).Add(local);
                enteringHere[local] = true;
            }
            if (entering is null) continue;
            entries[loop] = entering;
            shadowed ??= new bool[code.Length];
            hasShadow ??= new bool[localKinds.Length];
            foreach (var local in entering) hasShadow[local] = true;
            for (var i = loop + 1; i < end; i++)
                if (code[i].Op is Opcode.LocalGet or Opcode.LocalSet or Opcode.LocalTee && enteringHere[code[i].Index]) shadowed[i] = true;
            foreach (var local in entering) enteringHere[local] = false;
        }
        return shadowed is null ? null : new AddressLocals { AddressUses = addressUses, Shadowed = shadowed, LoopEntries = entries, HasShadow = hasShadow! };
    }

    /// <summary>Each loop's <c>loop</c> and matching <c>end</c>, outer loops first.</summary>
    private static List<(int Loop, int End)> Loops(Instruction[] code)
    {
        var loops = new List<(int, int)>();
        var open = new Stack<int>(); // the start of each open block, loop or if
        for (var i = 0; i < code.Length; i++)
        {
            switch (code[i].Op)
            {
                case Opcode.Block or Opcode.Loop or Opcode.If:
                    open.Push(i);
                    break;
                case Opcode.End when open.Count > 0:
                    var start = open.Pop();
                    if (code[start].Op == Opcode.Loop) loops.Add((start, i));
                    break;
            }
        }
        loops.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return loops;
    }

    /// <summary>The i32 locals that loop (<paramref name="loop"/>, <paramref name="end"/>) reads only as addresses and to step them, once as an address at least.</summary>
    private static IEnumerable<int> Qualifying(Instruction[] code, int loop, int end, bool[] addressUses)
    {
        var asAddress = new HashSet<int>();
        var otherwise = new HashSet<int>();
        for (var i = loop + 1; i < end; i++)
        {
            if (code[i].Op is not (Opcode.LocalGet or Opcode.LocalTee)) continue;
            if (addressUses[i]) asAddress.Add(code[i].Index);
            else if (!StepsItself(code, i)) otherwise.Add(code[i].Index);
        }
        asAddress.ExceptWith(otherwise);
        return asAddress.Order();
    }

    /// <summary>Whether the read at <paramref name="read"/> is <c>local.get L, i32.const c, i32.add, local.set L</c> (or <c>local.tee L</c>, a read of its own).</summary>
    private static bool StepsItself(Instruction[] code, int read) =>
        code[read].Op == Opcode.LocalGet && read + 3 < code.Length && code[read + 1].Op == Opcode.I32Const
        && code[read + 2].Op == Opcode.I32Add && code[read + 3].Op is Opcode.LocalSet or Opcode.LocalTee && code[read + 3].A == code[read].A;

    /// <summary>Whether the value <paramref name="code"/>[<paramref name="producer"/>] pushes is next consumed as an access's address.</summary>
    private static bool FeedsAddress(Instruction[] code, int producer)
    {
        var above = 0; // values pushed on top of it since
        for (var j = producer + 1; j < code.Length && j <= producer + Window; j++)
        {
            if (!OperandArity.TryGet(code[j].Op, out var pops, out var pushes)) return false;
            if (pops > above) return OperandArity.AddressDepth(code[j].Op) == above;
            above += pushes - pops;
        }
        return false;
    }
}
