namespace Wasmbox.Runtime.Binary;

/// <summary>
/// Decodes a constant expression (global initializer, segment offset, element item). Any instruction
/// decodes here; whether it is allowed in a constant expression is validation's question.
/// </summary>
internal static class ConstantExpressionReader
{
    public static ConstantExpression Read(ref WasmReader reader)
    {
        int offset = reader.Offset;
        var branchTargets = new List<int>();
        bool usesDataIndex = false;
        var code = InstructionReader.Read(ref reader, branchTargets, ref usesDataIndex);
        return new ConstantExpression(code[..^1], offset);
    }
}
