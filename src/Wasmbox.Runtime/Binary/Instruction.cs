namespace Wasmbox.Runtime.Binary;

/// <summary>
/// One decoded instruction with its immediates. What A and B hold depends on the opcode:
/// <list type="bullet">
/// <item>block, loop, if: A = block type (see <see cref="BlockType"/>).</item>
/// <item>br, br_if: A = label depth. br_table: A = start in <see cref="FunctionBody.BranchTargets"/>, B = number of targets before the default.</item>
/// <item>call: A = function index. call_indirect: A = type index, B = table index.</item>
/// <item>local.*, global.*, table.get/set/grow/size/fill, ref.func, elem.drop, data.drop: A = index.</item>
/// <item>loads and stores: A = offset, B = alignment exponent. memory.size/grow/fill: A = memory index.</item>
/// <item>i32/i64.const: A = the value (sign-extended); f32/f64.const: A = the raw bits.</item>
/// <item>ref.null: A = the reference type. select with types: A = the first value type (0 when none), B = how many types the binary lists (valid only when 1).</item>
/// <item>memory.init: A = data index, B = memory index. memory.copy: A = destination memory, B = source memory.</item>
/// <item>table.init: A = element index, B = table index. table.copy: A = destination table, B = source table.</item>
/// </list>
/// </summary>
public readonly record struct Instruction(Opcode Op, int Offset, ulong A, ulong B)
{
    public int Index => checked((int)A);
}

/// <summary>The type of a block, loop or if: empty, a single result, or a type index.</summary>
public readonly record struct BlockType(long Encoded)
{
    /// <summary>The s33 encoding of the empty block type (0x40).</summary>
    public const long EmptyEncoding = -64;

    public bool IsEmpty => Encoded == EmptyEncoding;
    public bool IsTypeIndex => Encoded >= 0;
    public int TypeIndex => (int)Encoded;
    /// <summary>The single result type, when the block type is a value type.</summary>
    public ValueKind ValueKind => (ValueKind)(byte)(Encoded & 0x7F);

    public static BlockType FromInstruction(in Instruction instruction) => new((long)instruction.A);
}
