namespace Wasmbox.Runtime.Binary;

/// <summary>
/// Decodes a constant expression (global initializer, segment offset, element item). Any instruction
/// decodes here; whether it is allowed in a constant expression is validation's question.
/// </summary>
internal static class ConstantExpressionReader
{
    public static ConstantExpression Read(ref WasmReader reader, InstructionReader instructions)
    {
        int offset = reader.Offset;
        var code = instructions.Read(ref reader);
        return new ConstantExpression(code[..^1], offset);
    }
}
