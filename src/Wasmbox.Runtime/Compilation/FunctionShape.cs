using Wasmbox.Runtime.Binary;
using Wasmbox.Runtime.Validation;

namespace Wasmbox.Runtime.Compilation;

/// <summary>
/// The structure of a validated function body, instruction by instruction: how deep in blocks it
/// sits, how many operands its innermost block holds before it, whether it is reachable, and the
/// block each branch leaves to. <see cref="RegionPlanner"/> cuts huge functions where this says
/// the operand stack is empty.
/// </summary>
internal sealed class FunctionShape
{
    private FunctionShape(int count)
    {
        Depth = new int[count];
        Height = new int[count];
        Reachable = new bool[count];
        InsideLoop = new bool[count];
        ConstructEnd = new int[count];
    }

    /// <summary>Open blocks before the instruction (the function's own counts: 1 at top level); else and end count as inside what they close.</summary>
    public int[] Depth { get; }
    /// <summary>Operands of the innermost block on the stack before the instruction (valid where reachable).</summary>
    public int[] Height { get; }
    public bool[] Reachable { get; }
    /// <summary>Whether a loop encloses the instruction: code there may run once per iteration.</summary>
    public bool[] InsideLoop { get; }
    /// <summary>For block, loop and if: the index of their end; -1 elsewhere.</summary>
    public int[] ConstructEnd { get; }
    /// <summary>Values a branch to the block opened at an index carries (loop: its parameters, others: results); the function's at -1.</summary>
    public Dictionary<int, int> BranchArity { get; } = new();

    /// <summary>The index of the block, loop or if a branch at <paramref name="index"/> with <paramref name="depth"/> leaves to; -1 for the function.</summary>
    public int TargetOf(int index, int depth) => targets[(index, depth)];

    /// <summary>For an if with an else: the else's index; -1 elsewhere.</summary>
    public int[] ElseOf { get; private set; } = [];

    // Every label of every branch, resolved while the blocks were open: as many entries as the
    // body has labels, so deep nesting costs no more than shallow.
    private readonly Dictionary<(int Index, int Depth), int> targets = new();

    public static FunctionShape Of(ModuleDefinition module, FunctionType signature, FunctionBody body)
    {
        var code = body.Code;
        var shape = new FunctionShape(code.Length) { ElseOf = new int[code.Length] };
        Array.Fill(shape.ElseOf, -1);
        var frames = new List<(int Opener, int Height, int Results, bool Unreachable)> { (-1, 0, signature.Results.Count, false) };
        var loops = 0;
        shape.BranchArity[-1] = signature.Results.Count;
        var height = 0;
        for (var i = 0; i < code.Length; i++)
        {
            var instruction = code[i];
            var op = instruction.Op;
            shape.Depth[i] = frames.Count;
            shape.Height[i] = height;
            shape.Reachable[i] = !frames[^1].Unreachable;
            shape.InsideLoop[i] = loops > 0;
            shape.ConstructEnd[i] = -1;
            switch (op)
            {
                case Opcode.Br or Opcode.BrIf:
                    shape.targets[(i, instruction.Index)] = frames[^(instruction.Index + 1)].Opener;
                    break;
                case Opcode.Return:
                    shape.targets[(i, frames.Count - 1)] = -1;
                    break;
                case Opcode.BrTable:
                    for (var k = 0; k <= (int)instruction.B; k++)
                    {
                        var depth = body.BranchTargets[(int)instruction.A + k];
                        shape.targets[(i, depth)] = frames[^(depth + 1)].Opener;
                    }
                    break;
            }

            switch (op)
            {
                case Opcode.Block or Opcode.Loop or Opcode.If:
                {
                    var (parameters, results) = Arity(module, BlockType.FromInstruction(instruction));
                    if (op == Opcode.If) height--;
                    frames[^1] = frames[^1] with { Height = height - parameters };
                    // Blocks inside dead code are dead too (the compiler does not emit them).
                    frames.Add((i, 0, results, frames[^1].Unreachable));
                    shape.BranchArity[i] = op == Opcode.Loop ? parameters : results;
                    if (op == Opcode.Loop) loops++;
                    height = parameters;
                    break;
                }
                case Opcode.Else:
                {
                    shape.ElseOf[frames[^1].Opener] = i;
                    var (parameters, _) = Arity(module, BlockType.FromInstruction(code[frames[^1].Opener]));
                    frames[^1] = frames[^1] with { Unreachable = frames[^2].Unreachable };
                    height = parameters;
                    break;
                }
                case Opcode.End:
                {
                    var frame = frames[^1];
                    frames.RemoveAt(frames.Count - 1);
                    if (frame.Opener >= 0) shape.ConstructEnd[frame.Opener] = i;
                    if (frame.Opener >= 0 && code[frame.Opener].Op == Opcode.Loop) loops--;
                    if (frames.Count == 0) return shape;
                    height = frames[^1].Height + frame.Results;
                    break;
                }
                case Opcode.Br or Opcode.BrTable or Opcode.Return or Opcode.Unreachable:
                    frames[^1] = frames[^1] with { Unreachable = true };
                    break;
                case Opcode.BrIf:
                    height--;
                    break;
                case Opcode.Call:
                {
                    var callee = module.FunctionSignature(instruction.Index);
                    height += callee.Results.Count - callee.Parameters.Count;
                    break;
                }
                case Opcode.CallIndirect:
                {
                    var callee = module.Types[(int)instruction.A];
                    height += callee.Results.Count - callee.Parameters.Count - 1;
                    break;
                }
                default:
                    height += StackEffect(op);
                    break;
            }
        }
        return shape;
    }

    private static (int Parameters, int Results) Arity(ModuleDefinition module, BlockType type)
    {
        if (type.IsEmpty) return (0, 0);
        if (!type.IsTypeIndex) return (0, 1);
        var functionType = module.Types[type.TypeIndex];
        return (functionType.Parameters.Count, functionType.Results.Count);
    }

    /// <summary>Pushes minus pops of every instruction whose effect depends on the opcode alone.</summary>
    private static int StackEffect(Opcode op)
    {
        var plain = OperatorSignatures.Of(op);
        if (plain.Operands > 0) return 1 - plain.Operands;
        return op switch
        {
            Opcode.Nop => 0,
            Opcode.Drop => -1,
            Opcode.Select or Opcode.SelectTyped => -2,
            Opcode.LocalGet or Opcode.GlobalGet => 1,
            Opcode.LocalSet or Opcode.GlobalSet => -1,
            Opcode.LocalTee => 0,
            >= Opcode.I32Load and <= Opcode.I64Load32U => 0,
            >= Opcode.I32Store and <= Opcode.I64Store32 => -2,
            Opcode.MemorySize => 1,
            Opcode.MemoryGrow => 0,
            Opcode.I32Const or Opcode.I64Const or Opcode.F32Const or Opcode.F64Const => 1,
            Opcode.RefNull or Opcode.RefFunc => 1,
            Opcode.RefIsNull => 0,
            Opcode.TableGet => 0,
            Opcode.TableSet => -2,
            Opcode.TableSize => 1,
            Opcode.TableGrow => -1,
            Opcode.TableFill or Opcode.TableCopy or Opcode.TableInit => -3,
            Opcode.MemoryFill or Opcode.MemoryCopy or Opcode.MemoryInit => -3,
            Opcode.ElemDrop or Opcode.DataDrop => 0,
            _ when SimdInstructions.IsSimd(op) => SimdInstructions.Of(op).StackEffect,
            _ => throw new NotSupportedException($"instruction {op} has no known stack effect"),
        };
    }
}
