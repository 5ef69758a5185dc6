namespace Wasmbox.Runtime.Binary;

/// <summary>
/// Decodes an instruction sequence up to and including the end that closes it, into flat
/// <see cref="Instruction"/>s. Nesting is tracked with an explicit stack, never by recursion,
/// because the input decides how deep it goes. One instance serves a whole module, so its
/// buffers are reused from body to body instead of regrown for each.
/// </summary>
internal sealed class InstructionReader
{
    private readonly List<Instruction> code = new();
    private readonly List<Frame> frames = new();
    private readonly List<int> branchTargets = new();

    /// <summary>Whether the last sequence read uses memory.init or data.drop, which require a data count section.</summary>
    public bool UsesDataIndex { get; private set; }

    /// <summary>What follows a one-byte opcode.</summary>
    private enum Immediates : byte
    {
        Illegal,
        None,
        BlockType,
        Index,
        TwoIndices,
        BranchTable,
        MemoryArgument,
        ZeroByte,
        I32,
        I64,
        F32,
        F64,
        ReferenceType,
        ValueTypes,
        Else,
        End,
        Prefix,
        Simd,
    }

    /// <summary>What a block on the nesting stack still accepts.</summary>
    private enum Frame : byte
    {
        Block,
        IfBeforeElse,
        IfAfterElse,
    }

    private static readonly Immediates[] OneByte = BuildOneByteTable();

    private static Immediates[] BuildOneByteTable()
    {
        var table = new Immediates[256];
        void Range(int first, int last, Immediates kind)
        {
            for (int op = first; op <= last; op++) table[op] = kind;
        }

        Range(0x00, 0x01, Immediates.None);
        Range(0x02, 0x04, Immediates.BlockType);
        table[0x05] = Immediates.Else;
        table[0x0B] = Immediates.End;
        Range(0x0C, 0x0D, Immediates.Index);
        table[0x0E] = Immediates.BranchTable;
        table[0x0F] = Immediates.None;
        table[0x10] = Immediates.Index;
        table[0x11] = Immediates.TwoIndices;
        Range(0x1A, 0x1B, Immediates.None);
        table[0x1C] = Immediates.ValueTypes;
        Range(0x20, 0x26, Immediates.Index);
        Range(0x28, 0x3E, Immediates.MemoryArgument);
        Range(0x3F, 0x40, Immediates.ZeroByte);
        table[0x41] = Immediates.I32;
        table[0x42] = Immediates.I64;
        table[0x43] = Immediates.F32;
        table[0x44] = Immediates.F64;
        Range(0x45, 0xC4, Immediates.None);
        table[0xD0] = Immediates.ReferenceType;
        table[0xD1] = Immediates.None;
        table[0xD2] = Immediates.Index;
        table[0xFC] = Immediates.Prefix;
        table[0xFD] = Immediates.Simd;
        return table;
    }

    /// <summary>
    /// Reads instructions until the end that closes the sequence. The result ends with that end;
    /// br_table label lists go to <see cref="TakeBranchTargets"/>.
    /// </summary>
    public Instruction[] Read(ref WasmReader reader)
    {
        code.Clear();
        frames.Clear();
        branchTargets.Clear();
        UsesDataIndex = false;
        while (true)
        {
            int at = reader.Position;
            int offset = reader.Offset;
            byte op = reader.ReadByte();
            switch (OneByte[op])
            {
                case Immediates.None:
                    code.Add(new Instruction((Opcode)op, offset, 0, 0));
                    break;

                case Immediates.BlockType:
                    code.Add(new Instruction((Opcode)op, offset, (ulong)ReadBlockType(ref reader), 0));
                    frames.Add(op == (byte)Opcode.If ? Frame.IfBeforeElse : Frame.Block);
                    break;

                case Immediates.Else:
                    // Anywhere but directly inside an if without else, the enclosing block wanted its end here.
                    if (frames.Count == 0 || frames[^1] != Frame.IfBeforeElse) throw reader.Error("END opcode expected", at);
                    frames[^1] = Frame.IfAfterElse;
                    code.Add(new Instruction(Opcode.Else, offset, 0, 0));
                    break;

                case Immediates.End:
                    code.Add(new Instruction(Opcode.End, offset, 0, 0));
                    if (frames.Count == 0) return code.ToArray();
                    frames.RemoveAt(frames.Count - 1);
                    break;

                case Immediates.Index:
                    code.Add(new Instruction((Opcode)op, offset, reader.ReadU32(), 0));
                    break;

                case Immediates.TwoIndices:
                {
                    uint first = reader.ReadU32();
                    uint second = reader.ReadU32();
                    code.Add(new Instruction((Opcode)op, offset, first, second));
                    break;
                }

                case Immediates.BranchTable:
                {
                    int count = reader.ReadLength();
                    int start = branchTargets.Count;
                    for (int i = 0; i <= count; i++) branchTargets.Add(ReadLabel(ref reader));
                    code.Add(new Instruction(Opcode.BrTable, offset, (ulong)start, (ulong)count));
                    break;
                }

                case Immediates.MemoryArgument:
                {
                    var (memoryOffset, align) = ReadMemoryArgument(ref reader);
                    code.Add(new Instruction((Opcode)op, offset, memoryOffset, align));
                    break;
                }

                case Immediates.ZeroByte:
                    ReadZeroByte(ref reader);
                    code.Add(new Instruction((Opcode)op, offset, 0, 0));
                    break;

                case Immediates.I32:
                    code.Add(new Instruction(Opcode.I32Const, offset, (ulong)(long)reader.ReadS32(), 0));
                    break;

                case Immediates.I64:
                    code.Add(new Instruction(Opcode.I64Const, offset, (ulong)reader.ReadS64(), 0));
                    break;

                case Immediates.F32:
                    code.Add(new Instruction(Opcode.F32Const, offset, reader.ReadFixedU32(), 0));
                    break;

                case Immediates.F64:
                    code.Add(new Instruction(Opcode.F64Const, offset, reader.ReadFixedU64(), 0));
                    break;

                case Immediates.ReferenceType:
                    code.Add(new Instruction(Opcode.RefNull, offset, (ulong)TypeReader.ReadReferenceType(ref reader), 0));
                    break;

                case Immediates.ValueTypes:
                {
                    // Only one type is valid, but the arity is validation's to report ("invalid result arity").
                    var types = TypeReader.ReadResultType(ref reader);
                    ulong first = types.Length > 0 ? (ulong)types[0] : 0;
                    code.Add(new Instruction(Opcode.SelectTyped, offset, first, (ulong)types.Length));
                    break;
                }

                case Immediates.Prefix:
                    code.Add(ReadPrefixed(ref reader, at, offset));
                    break;

                case Immediates.Simd:
                    code.Add(ReadSimd(ref reader, at, offset));
                    break;

                default:
                    throw reader.Error("illegal opcode", at);
            }
        }
    }

    /// <summary>The br_table label lists of the last sequence read; each list is followed by its default.</summary>
    public int[] TakeBranchTargets() => branchTargets.ToArray();

    private Instruction ReadPrefixed(ref WasmReader reader, int at, int offset)
    {
        uint sub = reader.ReadU32();
        if (sub > 0x11) throw reader.Error("illegal opcode", at);
        var op = (Opcode)(0xFC00 + sub);
        switch (op)
        {
            case Opcode.MemoryInit:
            {
                UsesDataIndex = true;
                uint dataIndex = reader.ReadU32();
                ReadZeroByte(ref reader);
                return new Instruction(op, offset, dataIndex, 0);
            }
            case Opcode.DataDrop:
                UsesDataIndex = true;
                return new Instruction(op, offset, reader.ReadU32(), 0);
            case Opcode.MemoryCopy:
                ReadZeroByte(ref reader);
                ReadZeroByte(ref reader);
                return new Instruction(op, offset, 0, 0);
            case Opcode.MemoryFill:
                ReadZeroByte(ref reader);
                return new Instruction(op, offset, 0, 0);
            case Opcode.TableInit:
            case Opcode.TableCopy:
            {
                uint first = reader.ReadU32();
                uint second = reader.ReadU32();
                return new Instruction(op, offset, first, second);
            }
            case Opcode.ElemDrop:
            case Opcode.TableGrow:
            case Opcode.TableSize:
            case Opcode.TableFill:
                return new Instruction(op, offset, reader.ReadU32(), 0);
            default:
                return new Instruction(op, offset, 0, 0);
        }
    }

    /// <summary>
    /// A SIMD instruction after its 0xFD prefix. A memory argument's offset goes to A and its
    /// alignment to B, with a lane index in B's second byte; v128.const and i8x16.shuffle keep
    /// their 16 immediate bytes little-endian in A (the first eight) and B.
    /// </summary>
    private static Instruction ReadSimd(ref WasmReader reader, int at, int offset)
    {
        uint sub = reader.ReadU32();
        if (!SimdInstructions.IsDefined(sub)) throw reader.Error("illegal opcode", at);
        var op = (Opcode)(0xFD00 + sub);
        switch (SimdInstructions.Of(op).Form)
        {
            case SimdForm.Load:
            case SimdForm.Store:
            {
                var (memoryOffset, align) = ReadMemoryArgument(ref reader);
                return new Instruction(op, offset, memoryOffset, align);
            }
            case SimdForm.LoadLane:
            case SimdForm.StoreLane:
            {
                var (memoryOffset, align) = ReadMemoryArgument(ref reader);
                ulong lane = reader.ReadByte();
                return new Instruction(op, offset, memoryOffset, align | lane << 8);
            }
            case SimdForm.Const:
            case SimdForm.Shuffle:
            {
                ulong low = reader.ReadFixedU64();
                ulong high = reader.ReadFixedU64();
                return new Instruction(op, offset, low, high);
            }
            case SimdForm.ExtractLane:
            case SimdForm.ReplaceLane:
                return new Instruction(op, offset, reader.ReadByte(), 0);
            default:
                return new Instruction(op, offset, 0, 0);
        }
    }

    private static (ulong Offset, ulong Align) ReadMemoryArgument(ref WasmReader reader)
    {
        int alignAt = reader.Position;
        uint align = reader.ReadU32();
        // Larger values are reserved for multi-memory and memory64 flags, not part of 2.0.
        if (align >= 32) throw reader.Error("malformed memop flags", alignAt);
        return (reader.ReadU32(), align);
    }

    /// <summary>
    /// Block types are s33: a non-negative type index, or a negative one-byte value type or empty (0x40).
    /// </summary>
    private static long ReadBlockType(ref WasmReader reader)
    {
        int at = reader.Position;
        long encoded = reader.ReadS33();
        if (encoded >= 0) return encoded;
        if (reader.Position - at != 1) throw reader.Error("integer representation too long", at + 1);
        byte b = (byte)(encoded & 0x7F);
        if (encoded != BlockType.EmptyEncoding && !ValueKinds.IsValid(b)) throw reader.Error("malformed reference type", at);
        return encoded;
    }

    /// <summary>
    /// A label as an int. Labels beyond int range cannot be valid (no body nests that deep), so they are
    /// clamped to int.MaxValue, which validation reports as an unknown label, rather than wrapped negative.
    /// </summary>
    private static int ReadLabel(ref WasmReader reader) => (int)Math.Min(reader.ReadU32(), int.MaxValue);

    /// <summary>Memory instructions reserve a byte for a memory index, which must be a single zero byte in 2.0.</summary>
    private static void ReadZeroByte(ref WasmReader reader)
    {
        int at = reader.Position;
        if (reader.ReadByte() != 0) throw reader.Error("zero byte expected", at);
    }
}
