using Wasmbox.Runtime.Binary;

namespace Wasmbox.Runtime.Validation;

/// <summary>
/// Checks the constant expressions of global initializers and segment offsets and items, under
/// the Wasm 2.0 rules: t.const, ref.null, ref.func and global.get of an imported immutable global,
/// producing exactly one value of the expected type.
/// </summary>
internal static class ConstantExpressionValidator
{
    /// <summary>
    /// Throws when <paramref name="expression"/> is not constant or does not produce one value of
    /// type <paramref name="expected"/>; <paramref name="subject"/> names its holder ("global 3") for the error.
    /// </summary>
    public static void Validate(ModuleContext context, ConstantExpression expression, ValueKind expected, string subject)
    {
        var instructions = expression.Instructions;

        // Every instruction must be constant before the result is type-checked, as the reference
        // interpreter does, so a module breaking both rules reports the same one.
        foreach (var instruction in instructions)
        {
            switch (instruction.Op)
            {
                case Opcode.I32Const:
                case Opcode.I64Const:
                case Opcode.F32Const:
                case Opcode.F64Const:
                case Opcode.V128Const:
                    break;
                case Opcode.RefNull:
                    if (!((ValueKind)(byte)instruction.A).IsReference() || instruction.A > 0xFF)
                        throw Error("malformed reference type", instruction, subject);
                    break;
                case Opcode.RefFunc:
                    if (instruction.A >= (ulong)context.FunctionTypes.Length)
                        throw Error($"unknown function {instruction.A}", instruction, subject);
                    break;
                case Opcode.GlobalGet:
                    // Only imported globals are visible here: defined ones are not initialized yet.
                    if (instruction.A >= (ulong)context.ImportedGlobalCount)
                        throw Error($"unknown global {instruction.A}", instruction, subject);
                    if (context.Globals[instruction.A].Mutable)
                        throw Error("constant expression required", instruction, subject);
                    break;
                default:
                    throw Error("constant expression required", instruction, subject);
            }
        }

        if (instructions.Length != 1)
        {
            var found = instructions.Length == 0 ? "nothing" : $"{instructions.Length} values";
            throw new InvalidModuleException(
                $"type mismatch: expected {expected.Name()}, found {found}",
                $"in {subject}, offset 0x{(instructions.Length == 0 ? expression.Offset : instructions[^1].Offset):x}");
        }

        var only = instructions[0];
        var actual = ResultOf(context, only);
        if (actual != expected)
            throw Error($"type mismatch: expected {expected.Name()}, found {actual.Name()}", only, subject);
    }

    private static ValueKind ResultOf(ModuleContext context, in Instruction instruction) => instruction.Op switch
    {
        Opcode.I32Const => ValueKind.I32,
        Opcode.I64Const => ValueKind.I64,
        Opcode.F32Const => ValueKind.F32,
        Opcode.F64Const => ValueKind.F64,
        Opcode.V128Const => ValueKind.V128,
        Opcode.RefNull => (ValueKind)(byte)instruction.A,
        Opcode.RefFunc => ValueKind.FuncRef,
        _ => context.Globals[instruction.A].Kind,
    };

    private static InvalidModuleException Error(string reason, in Instruction instruction, string subject) =>
        new(reason, $"in {InstructionNames.Of(instruction.Op)} at {subject}, offset 0x{instruction.Offset:x}");
}
