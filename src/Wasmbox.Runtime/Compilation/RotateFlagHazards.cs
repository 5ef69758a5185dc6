using Wasmbox.Runtime.Binary;

namespace Wasmbox.Runtime.Compilation;

/// <summary>
/// Finds the rotates that must not become <c>rol/ror reg, imm</c>. RyuJIT (.NET 10, x64) believes
/// those instructions set the zero flag, which they do not, and drops the <c>test</c> of a value
/// compared with zero right after one: <c>i32.eqz (i32.rotl x (i32.const 31))</c> was 0 for x = 0.
/// A rotate is safe when nothing derived from its value, on the operand stack or through locals,
/// is ever compared, branched on or passed where the JIT could compare it; the others are
/// compiled with a count the JIT cannot see as constant, which costs a load and <c>cl</c>.
/// The analysis is conservative: whatever it does not follow (calls, blocks, branches) counts as a hazard.
/// <para>
/// Locals are looked at per region: the code between two conditional branches (br_if, if,
/// br_table). The JIT only drops a test that comes right after the rotate, and a conditional
/// branch always leaves its jump between code before and after it, so a local that is compared
/// in one region does not make the rotates stored into it in another a hazard. Compilers reuse
/// locals (a loop counter here, a hash there), so a whole-function view would be far too coarse.
/// Unconditional branches and loop headers do not end a region: the JIT may copy the test at
/// their target to before them (loop inversion, branch to a test).
/// </para>
/// </summary>
internal static class RotateFlagHazards
{
    /// <summary>How far to follow a value before calling it a hazard, so huge functions stay linear.</summary>
    private const int MaximumSteps = 256;

    /// <summary>For each instruction, whether it is a rotate that needs the hazard-free form; null when none does.</summary>
    public static bool[]? Find(IReadOnlyList<Instruction> code)
    {
        var rotates = new List<int>();
        for (var i = 0; i < code.Count; i++)
            if (IsRotate(code[i].Op)) rotates.Add(i);
        if (rotates.Count == 0) return null;

        var regions = Regions(code);
        var locals = new LocalHazards(code, regions);
        var hazards = new bool[code.Count];
        foreach (var index in rotates)
        {
            var flow = Follow(code, index);
            hazards[index] = flow.Hazard || flow.Locals.Any(local => locals.IsTested(regions[index], local));
        }
        return hazards;
    }

    /// <summary>The region of each instruction: a new one starts after each conditional branch.</summary>
    private static int[] Regions(IReadOnlyList<Instruction> code)
    {
        var regions = new int[code.Count];
        var region = 0;
        for (var i = 0; i < code.Count; i++)
        {
            regions[i] = region;
            if (code[i].Op is Opcode.BrIf or Opcode.If or Opcode.BrTable) region++;
        }
        return regions;
    }

    private static bool IsRotate(Opcode op) => op is Opcode.I32Rotl or Opcode.I32Rotr or Opcode.I64Rotl or Opcode.I64Rotr;

    /// <summary>Where a value goes: to a hazard, or only into the locals listed (and harmless uses).</summary>
    private readonly record struct Flow(bool Hazard, List<int> Locals);

    /// <summary>Follows the value pushed by the instruction at <paramref name="start"/>.</summary>
    private static Flow Follow(IReadOnlyList<Instruction> code, int start)
    {
        var stored = new List<int>();
        var above = 0;      // values pushed on top of the followed one
        var steps = 0;
        for (var i = start + 1; i < code.Count && steps++ < MaximumSteps; i++)
        {
            var op = code[i].Op;
            if (!OperandArity.TryGet(op, out var pops, out var pushes)) return new(true, stored);
            if (pops <= above)
            {
                above += pushes - pops;
                continue;
            }
            // This instruction consumes the followed value.
            switch (Consumption(op, operandFromTop: pops - above - 1))
            {
                case Use.Ends:
                    return new(false, stored);
                case Use.Stores:
                    stored.Add(code[i].Index);
                    return new(false, stored);
                case Use.StoresAndContinues:
                    stored.Add(code[i].Index);
                    above = 0;
                    break;
                case Use.Derives:
                    above = 0;  // the result derives from the followed value: follow it instead
                    break;
                default:
                    return new(true, stored);
            }
        }
        return new(true, stored);
    }

    private enum Use { Hazard, Ends, Stores, StoresAndContinues, Derives }

    private static Use Consumption(Opcode op, int operandFromTop) => op switch
    {
        Opcode.Drop or Opcode.GlobalSet or Opcode.MemoryGrow => Use.Ends,
        >= Opcode.I32Load and <= Opcode.I64Store32 => Use.Ends,   // an address or a stored value
        Opcode.LocalSet => Use.Stores,
        Opcode.LocalTee => Use.StoresAndContinues,
        Opcode.Select or Opcode.SelectTyped => operandFromTop == 0 ? Use.Hazard : Use.Derives,
        // Integer arithmetic, bitwise operations, shifts and rotates; not division and remainder,
        // which test the divisor for zero.
        >= Opcode.I32Clz and <= Opcode.I32Mul or >= Opcode.I32And and <= Opcode.I32Rotr => Use.Derives,
        >= Opcode.I64Clz and <= Opcode.I64Mul or >= Opcode.I64And and <= Opcode.I64Rotr => Use.Derives,
        >= Opcode.F32Abs and <= Opcode.I64Extend32S => Use.Derives,          // floats, conversions, sign extension
        >= Opcode.I32TruncSatF32S and <= Opcode.I64TruncSatF64U => Use.Derives,
        _ => Use.Hazard,                                                      // comparisons, eqz, division, anything else
    };

    /// <summary>
    /// Which locals hold values that may be compared in each region: a local is tested in a region
    /// when a value read from it there reaches a hazard, or is stored into a local tested there
    /// (found by iterating to a fixed point).
    /// </summary>
    private sealed class LocalHazards
    {
        private readonly HashSet<(int Region, int Local)> tested = new();

        public LocalHazards(IReadOnlyList<Instruction> code, int[] regions)
        {
            var storedInto = new List<(int Region, int From, int To)>();
            for (var i = 0; i < code.Count; i++)
            {
                if (code[i].Op != Opcode.LocalGet) continue;
                var local = code[i].Index;
                var flow = Follow(code, i);
                if (flow.Hazard) tested.Add((regions[i], local));
                foreach (var target in flow.Locals) storedInto.Add((regions[i], local, target));
            }
            for (var changed = true; changed;)
            {
                changed = false;
                foreach (var (region, from, to) in storedInto)
                {
                    if (tested.Contains((region, to)) && tested.Add((region, from))) changed = true;
                }
            }
        }

        public bool IsTested(int region, int local) => tested.Contains((region, local));
    }
}
