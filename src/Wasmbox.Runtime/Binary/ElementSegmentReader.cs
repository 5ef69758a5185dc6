namespace Wasmbox.Runtime.Binary;

/// <summary>Decodes one element segment in any of its eight encodings.</summary>
internal static class ElementSegmentReader
{
    // Bit 0: passive or declarative (else active); bit 1: explicit table index (active) or declarative;
    // bit 2: items are expressions with a reference type (else function indices with an element kind).
    private const uint PassiveOrDeclarativeBit = 1;
    private const uint ExplicitTableOrDeclarativeBit = 2;
    private const uint ExpressionsBit = 4;

    public static ElementSegment Read(ref WasmReader reader, InstructionReader instructions)
    {
        int at = reader.Position;
        uint flags = reader.ReadU32();
        if (flags > 7) throw reader.Error("malformed elements segment kind", at);

        var mode = (flags & PassiveOrDeclarativeBit) == 0
            ? SegmentMode.Active
            : (flags & ExplicitTableOrDeclarativeBit) == 0 ? SegmentMode.Passive : SegmentMode.Declarative;

        uint tableIndex = 0;
        ConstantExpression? offset = null;
        if (mode == SegmentMode.Active)
        {
            if ((flags & ExplicitTableOrDeclarativeBit) != 0) tableIndex = reader.ReadU32();
            offset = ConstantExpressionReader.Read(ref reader, instructions);
        }

        // The short forms (0 and 4) imply funcref; the others name their type.
        bool hasType = flags is not (0 or 4);
        if ((flags & ExpressionsBit) != 0)
        {
            var kind = hasType ? TypeReader.ReadReferenceType(ref reader) : ValueKind.FuncRef;
            int count = reader.ReadLength();
            var items = new ConstantExpression[count];
            for (int i = 0; i < items.Length; i++) items[i] = ConstantExpressionReader.Read(ref reader, instructions);
            return new ElementSegment(mode, tableIndex, offset, kind, items);
        }
        else
        {
            if (hasType) ReadElementKind(ref reader);
            int count = reader.ReadLength();
            var items = new ConstantExpression[count];
            for (int i = 0; i < items.Length; i++)
            {
                int itemOffset = reader.Offset;
                uint functionIndex = reader.ReadU32();
                items[i] = new ConstantExpression([new Instruction(Opcode.RefFunc, itemOffset, functionIndex, 0)], itemOffset);
            }

            return new ElementSegment(mode, tableIndex, offset, ValueKind.FuncRef, items);
        }
    }

    /// <summary>The element kind of the index forms; 0x00 (funcref) is the only one defined.</summary>
    private static void ReadElementKind(ref WasmReader reader)
    {
        int at = reader.Position;
        if (reader.ReadByte() != 0) throw reader.Error("malformed element kind", at);
    }
}
