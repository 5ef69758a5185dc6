namespace Wasmbox.Runtime.Binary;

/// <summary>Decodes one data segment in any of its three encodings.</summary>
internal static class DataSegmentReader
{
    public static DataSegment Read(ref WasmReader reader, InstructionReader instructions)
    {
        int at = reader.Position;
        uint flags = reader.ReadU32();
        switch (flags)
        {
            case 0:
            {
                var offset = ConstantExpressionReader.Read(ref reader, instructions);
                return new DataSegment(SegmentMode.Active, 0, offset, ReadBytes(ref reader));
            }
            case 1:
                return new DataSegment(SegmentMode.Passive, 0, null, ReadBytes(ref reader));
            case 2:
            {
                uint memoryIndex = reader.ReadU32();
                var offset = ConstantExpressionReader.Read(ref reader, instructions);
                return new DataSegment(SegmentMode.Active, memoryIndex, offset, ReadBytes(ref reader));
            }
            default:
                throw reader.Error("malformed data segment kind", at);
        }
    }

    // Copied so the module does not keep, or change with, the caller's buffer.
    private static ReadOnlyMemory<byte> ReadBytes(ref WasmReader reader) => reader.ReadBytes(reader.ReadLength()).ToArray();
}
