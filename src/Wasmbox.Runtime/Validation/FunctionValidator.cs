using System.Runtime.CompilerServices;
using Wasmbox.Runtime.Binary;

namespace Wasmbox.Runtime.Validation;

/// <summary>
/// Type-checks function bodies with the operand and control stacks of the spec's validation
/// algorithm (appendix "Validation Algorithm"). One instance serves every body of a module so its
/// stacks are allocated once; nesting lives in the explicit control stack, never in recursion,
/// because the input decides how deep blocks nest.
/// </summary>
internal sealed class FunctionValidator
{
    /// <summary>The bottom type of the spec's algorithm: a value popped from a polymorphic (unreachable) stack.</summary>
    private const ValueKind Unknown = 0;

    /// <summary>
    /// For the small helpers the main loop calls per instruction: compiled optimized at once, since
    /// a module is validated once and tier-0 helpers would dominate a large module's time.
    /// </summary>
    private const MethodImplOptions Hot = MethodImplOptions.AggressiveOptimization;

    private readonly ModuleContext context;
    private readonly BlockSignatures signatures;
    private readonly LocalTypes locals = new();

    /// <summary>
    /// An implementation limit: a function's declared locals, operand stack and the values of its
    /// open blocks (parameters and results) together. Compiled code keeps all of them in IL locals
    /// and on the IL evaluation stack, and .NET allows 65535 of each; the JIT refuses more as an
    /// invalid program, which would surface at the first call. Real code stays far below.
    /// </summary>
    public const int MaxLiveValues = 60_000;

    private ValueKind[] operands = new ValueKind[64];
    private int operandCount;
    // Push checks one bound: the smaller of the operand array's size and what the limit leaves.
    private int operandRoom;
    private int operandLimit;
    private long declaredLocals;
    private int blockValues;
    private ControlFrame[] frames = new ControlFrame[16];
    private int frameCount;
    // Serial number of the br_table being checked; frames already compared in it carry it.
    private int branchTableSerial;

    private Instruction[] code = [];
    private int position;
    private int functionIndex;

    public FunctionValidator(ModuleContext context)
    {
        this.context = context;
        signatures = new BlockSignatures(context);
    }

    private struct ControlFrame
    {
        /// <summary>Block, Loop, If, or Else once the else arm has started.</summary>
        public Opcode Kind;
        public bool Unreachable;
        /// <summary>Id of the block's type in <see cref="BlockSignatures"/>.</summary>
        public int Signature;
        /// <summary>Operand stack height when the frame was entered (its parameters excluded).</summary>
        public int Height;
        public int BranchTableSerial;
    }

    /// <summary>Validates every function body the module defines, in order.</summary>
    // Both loops live in one method: on-stack replacement counts loop iterations within a call, so
    // a large module's validation moves to optimized code early even when each body is short.
    // Not AggressiveOptimization: fully optimizing this large method costs tens of ms of JIT on
    // first use, more than a small module takes to validate at tier 0.
    public void ValidateBodies(List<FunctionBody> bodies)
    {
        var functionCount = (ulong)context.FunctionTypes.Length;
        for (var definedIndex = 0; definedIndex < bodies.Count; definedIndex++)
        {
            var body = bodies[definedIndex];
            functionIndex = context.ImportedFunctionCount + definedIndex;
            var typeIndex = context.FunctionTypes[functionIndex];
            var functionResults = context.TypeResults[typeIndex];
            code = body.Code;
            position = 0;
            locals.Reset(context.TypeParameters[typeIndex], body.LocalGroups);
            declaredLocals = locals.Count - context.TypeParameters[typeIndex].Length;

            operandCount = 0;
            frameCount = 0;
            blockValues = 0;
            signatures.SetFunctionResults(functionResults);
            PushFrame(Opcode.Block, signatures.Function);
            var branchTargets = body.BranchTargets;

            for (; position < code.Length; position++)
            {
                ref readonly var instruction = ref code[position];
                switch (instruction.Op)
                {
                    case Opcode.Unreachable:
                        EnterUnreachable();
                        break;

                    case Opcode.Nop:
                        break;

                    case Opcode.Block:
                    case Opcode.Loop:
                    {
                        var signature = BlockSignature(instruction);
                        var blockParameters = signatures.Parameters(signature);
                        PopAll(blockParameters);
                        PushFrame(instruction.Op, signature);
                        PushAll(blockParameters);
                        break;
                    }

                    case Opcode.If:
                    {
                        var signature = BlockSignature(instruction);
                        var blockParameters = signatures.Parameters(signature);
                        PopExpect(ValueKind.I32);
                        PopAll(blockParameters);
                        PushFrame(Opcode.If, signature);
                        PushAll(blockParameters);
                        break;
                    }

                    case Opcode.Else:
                    {
                        ref var frame = ref frames[frameCount - 1];
                        if (frame.Kind != Opcode.If) throw Fail("else without matching if");
                        PopAll(signatures.Results(frame.Signature));
                        if (operandCount != frame.Height) throw Mismatch("values remain at the end of the block");
                        frame.Kind = Opcode.Else;
                        frame.Unreachable = false;
                        PushAll(signatures.Parameters(frame.Signature));
                        break;
                    }

                    case Opcode.End:
                    {
                        ref var frame = ref frames[frameCount - 1];
                        var results = signatures.Results(frame.Signature);
                        PopAll(results);
                        if (operandCount != frame.Height) throw Mismatch("values remain at the end of the block");
                        // An if without else has an implicit empty else arm, which passes its
                        // parameters through: they must be the results.
                        if (frame.Kind == Opcode.If && !SameTypes(signatures.Parameters(frame.Signature), results))
                            throw Mismatch("if without else must leave its parameters as its results");
                        frameCount--;
                        blockValues -= signatures.Parameters(frame.Signature).Length + results.Length;
                        UpdateOperandLimit();
                        if (frameCount == 0)
                        {
                            if (position != code.Length - 1) throw Fail("instructions after the end of the function");
                            goto NextFunction;
                        }
                        PushAll(results);
                        break;
                    }

                    case Opcode.Br:
                    {
                        ref var target = ref Label(instruction.A);
                        PopAll(LabelTypes(target));
                        EnterUnreachable();
                        break;
                    }

                    case Opcode.BrIf:
                    {
                        var labelTypes = LabelTypes(Label(instruction.A));
                        PopExpect(ValueKind.I32);
                        PopAll(labelTypes);
                        PushAll(labelTypes);
                        break;
                    }

                    case Opcode.BrTable:
                        CheckBranchTable(instruction, branchTargets);
                        break;

                    case Opcode.Return:
                        PopAll(functionResults);
                        EnterUnreachable();
                        break;

                    case Opcode.Call:
                    {
                        if (instruction.A >= functionCount) throw Fail($"unknown function {instruction.A}");
                        var calleeType = context.FunctionTypes[instruction.A];
                        PopAll(context.TypeParameters[calleeType]);
                        PushAll(context.TypeResults[calleeType]);
                        break;
                    }

                    case Opcode.CallIndirect:
                    {
                        var tableKind = Table(instruction.B);
                        if (instruction.A >= (ulong)context.TypeParameters.Length) throw Fail($"unknown type {instruction.A}");
                        if (tableKind != ValueKind.FuncRef) throw Mismatch($"call_indirect needs a funcref table, table {instruction.B} holds {tableKind.Name()}");
                        PopExpect(ValueKind.I32);
                        PopAll(context.TypeParameters[instruction.A]);
                        PushAll(context.TypeResults[instruction.A]);
                        break;
                    }

                    case Opcode.Drop:
                        Pop();
                        break;

                    case Opcode.Select:
                    {
                        PopExpect(ValueKind.I32);
                        var first = Pop();
                        var second = Pop();
                        // Without a type annotation select only takes numbers (and vectors): a
                        // compiler could not know which reference type it produces.
                        if (!(IsNumericOrUnknown(first) && IsNumericOrUnknown(second)) &&
                            !(IsVectorOrUnknown(first) && IsVectorOrUnknown(second)))
                        {
                            var reference = first.IsReference() ? first : second;
                            throw Mismatch(reference.IsReference()
                                ? $"select without a type needs numeric operands, found {reference.Name()}"
                                : $"select operands differ: {second.Name()} and {first.Name()}");
                        }
                        if (first != second && first != Unknown && second != Unknown)
                            throw Mismatch($"select operands differ: {second.Name()} and {first.Name()}");
                        Push(first == Unknown ? second : first);
                        break;
                    }

                    case Opcode.SelectTyped:
                    {
                        if (instruction.B != 1) throw Fail($"invalid result arity: select lists {instruction.B} types, 1 is required");
                        var kind = ValueType(instruction.A);
                        PopExpect(ValueKind.I32);
                        PopExpect(kind);
                        PopExpect(kind);
                        Push(kind);
                        break;
                    }

                    case Opcode.LocalGet:
                        Push(Local(instruction.A));
                        break;

                    case Opcode.LocalSet:
                        PopExpect(Local(instruction.A));
                        break;

                    case Opcode.LocalTee:
                    {
                        var kind = Local(instruction.A);
                        PopExpect(kind);
                        Push(kind);
                        break;
                    }

                    case Opcode.GlobalGet:
                        Push(Global(instruction.A).Kind);
                        break;

                    case Opcode.GlobalSet:
                    {
                        var global = Global(instruction.A);
                        if (!global.Mutable) throw Fail("global is immutable");
                        PopExpect(global.Kind);
                        break;
                    }

                    case Opcode.TableGet:
                    {
                        var kind = Table(instruction.A);
                        PopExpect(ValueKind.I32);
                        Push(kind);
                        break;
                    }

                    case Opcode.TableSet:
                    {
                        var kind = Table(instruction.A);
                        PopExpect(kind);
                        PopExpect(ValueKind.I32);
                        break;
                    }

                    case Opcode.I32Load: Load(instruction, ValueKind.I32, 2); break;
                    case Opcode.I64Load: Load(instruction, ValueKind.I64, 3); break;
                    case Opcode.F32Load: Load(instruction, ValueKind.F32, 2); break;
                    case Opcode.F64Load: Load(instruction, ValueKind.F64, 3); break;
                    case Opcode.I32Load8S:
                    case Opcode.I32Load8U: Load(instruction, ValueKind.I32, 0); break;
                    case Opcode.I32Load16S:
                    case Opcode.I32Load16U: Load(instruction, ValueKind.I32, 1); break;
                    case Opcode.I64Load8S:
                    case Opcode.I64Load8U: Load(instruction, ValueKind.I64, 0); break;
                    case Opcode.I64Load16S:
                    case Opcode.I64Load16U: Load(instruction, ValueKind.I64, 1); break;
                    case Opcode.I64Load32S:
                    case Opcode.I64Load32U: Load(instruction, ValueKind.I64, 2); break;
                    case Opcode.I32Store: Store(instruction, ValueKind.I32, 2); break;
                    case Opcode.I64Store: Store(instruction, ValueKind.I64, 3); break;
                    case Opcode.F32Store: Store(instruction, ValueKind.F32, 2); break;
                    case Opcode.F64Store: Store(instruction, ValueKind.F64, 3); break;
                    case Opcode.I32Store8: Store(instruction, ValueKind.I32, 0); break;
                    case Opcode.I32Store16: Store(instruction, ValueKind.I32, 1); break;
                    case Opcode.I64Store8: Store(instruction, ValueKind.I64, 0); break;
                    case Opcode.I64Store16: Store(instruction, ValueKind.I64, 1); break;
                    case Opcode.I64Store32: Store(instruction, ValueKind.I64, 2); break;

                    case Opcode.MemorySize:
                        Memory(instruction.A);
                        Push(ValueKind.I32);
                        break;

                    case Opcode.MemoryGrow:
                        Memory(instruction.A);
                        PopExpect(ValueKind.I32);
                        Push(ValueKind.I32);
                        break;

                    case Opcode.I32Const: Push(ValueKind.I32); break;
                    case Opcode.I64Const: Push(ValueKind.I64); break;
                    case Opcode.F32Const: Push(ValueKind.F32); break;
                    case Opcode.F64Const: Push(ValueKind.F64); break;

                    case Opcode.RefNull:
                    {
                        var kind = ValueType(instruction.A);
                        if (!kind.IsReference()) throw Fail("malformed reference type");
                        Push(kind);
                        break;
                    }

                    case Opcode.RefIsNull:
                    {
                        var kind = Pop();
                        if (kind != Unknown && !kind.IsReference()) throw Mismatch($"expected a reference, found {kind.Name()}");
                        Push(ValueKind.I32);
                        break;
                    }

                    case Opcode.RefFunc:
                        if (instruction.A >= functionCount) throw Fail($"unknown function {instruction.A}");
                        if (!context.DeclaredReferences[instruction.A]) throw Fail("undeclared function reference");
                        Push(ValueKind.FuncRef);
                        break;

                    case Opcode.MemoryInit:
                        Memory(instruction.B);
                        DataSegment(instruction.A);
                        PopThreeI32();
                        break;

                    case Opcode.DataDrop:
                        DataSegment(instruction.A);
                        break;

                    case Opcode.MemoryCopy:
                        Memory(instruction.A);
                        Memory(instruction.B);
                        PopThreeI32();
                        break;

                    case Opcode.MemoryFill:
                        Memory(instruction.A);
                        PopThreeI32();
                        break;

                    case Opcode.TableInit:
                    {
                        var tableKind = Table(instruction.B);
                        var segmentKind = ElementSegment(instruction.A);
                        if (tableKind != segmentKind)
                            throw Mismatch($"element segment {instruction.A} holds {segmentKind.Name()}, table {instruction.B} holds {tableKind.Name()}");
                        PopThreeI32();
                        break;
                    }

                    case Opcode.ElemDrop:
                        ElementSegment(instruction.A);
                        break;

                    case Opcode.TableCopy:
                    {
                        var destinationKind = Table(instruction.A);
                        var sourceKind = Table(instruction.B);
                        if (destinationKind != sourceKind)
                            throw Mismatch($"table {instruction.B} holds {sourceKind.Name()}, table {instruction.A} holds {destinationKind.Name()}");
                        PopThreeI32();
                        break;
                    }

                    case Opcode.TableGrow:
                    {
                        var kind = Table(instruction.A);
                        PopExpect(ValueKind.I32);
                        PopExpect(kind);
                        Push(ValueKind.I32);
                        break;
                    }

                    case Opcode.TableSize:
                        Table(instruction.A);
                        Push(ValueKind.I32);
                        break;

                    case Opcode.TableFill:
                    {
                        var kind = Table(instruction.A);
                        PopExpect(ValueKind.I32);
                        PopExpect(kind);
                        PopExpect(ValueKind.I32);
                        break;
                    }

                    default:
                    {
                        var signature = OperatorSignatures.Of(instruction.Op);
                        if (signature.Operands == 0)
                        {
                            CheckSimd(instruction);
                            break;
                        }
                        PopExpect(signature.Operand);
                        if (signature.Operands == 2) PopExpect(signature.Operand);
                        Push(signature.Result);
                        break;
                    }
                }
            }

            // The decoder guarantees a final end; a model built otherwise must still be refused.
            position = code.Length - 1;
            throw Fail("function body must end with end");

        NextFunction:;
        }
    }

    [MethodImpl(Hot)]
    private void CheckBranchTable(in Instruction instruction, int[] branchTargets)
    {
        var start = instruction.A;
        var count = instruction.B;
        if (start >= (ulong)branchTargets.Length || count >= (ulong)branchTargets.Length - start)
            throw Fail("br_table label list out of range");

        PopExpect(ValueKind.I32);
        var first = (int)start;
        var defaultTypes = LabelTypes(Label((uint)branchTargets[first + (int)count]));
        var arity = defaultTypes.Length;

        // Each distinct target is compared once against the operands, so a table repeating a
        // few labels many times costs one comparison per entry, not one per value per entry.
        var serial = ++branchTableSerial;
        for (var i = 0; i < (int)count; i++)
        {
            ref var target = ref Label((uint)branchTargets[first + i]);
            if (target.BranchTableSerial == serial) continue;
            target.BranchTableSerial = serial;
            var types = LabelTypes(target);
            if (ReferenceEquals(types, defaultTypes)) continue;
            if (types.Length != arity)
                throw Mismatch($"br_table targets carry {types.Length} and {arity} values");
            PeekAll(types);
        }

        PopAll(defaultTypes);
        EnterUnreachable();
    }

    /// <summary>The SIMD instructions whose typing needs more than <see cref="OperatorSignatures"/>.</summary>
    [MethodImpl(Hot)]
    private void CheckSimd(in Instruction instruction)
    {
        const ValueKind V128 = ValueKind.V128;
        var simd = SimdInstructions.Of(instruction.Op);
        switch (simd.Form)
        {
            case SimdForm.Ternary:
                PopExpect(V128);
                PopExpect(V128);
                PopExpect(V128);
                Push(V128);
                break;
            case SimdForm.Shift:
                PopExpect(ValueKind.I32);
                PopExpect(V128);
                Push(V128);
                break;
            case SimdForm.Load:
                Load(instruction, V128, simd.NaturalAlignment);
                break;
            case SimdForm.Store:
                Store(instruction, V128, simd.NaturalAlignment);
                break;
            case SimdForm.LoadLane:
            case SimdForm.StoreLane:
                Memory(0);
                if ((instruction.B & 0xFF) > (ulong)simd.NaturalAlignment) throw Fail("alignment must not be larger than natural");
                CheckLane(instruction.B >> 8, simd.Lanes);
                PopExpect(V128);
                PopExpect(ValueKind.I32);
                if (simd.Form == SimdForm.LoadLane) Push(V128);
                break;
            case SimdForm.Const:
                Push(V128);
                break;
            case SimdForm.Shuffle:
                for (var i = 0; i < 8; i++)
                {
                    CheckLane((instruction.A >> (8 * i)) & 0xFF, simd.Lanes);
                    CheckLane((instruction.B >> (8 * i)) & 0xFF, simd.Lanes);
                }
                PopExpect(V128);
                PopExpect(V128);
                Push(V128);
                break;
            case SimdForm.ExtractLane:
                CheckLane(instruction.A, simd.Lanes);
                PopExpect(V128);
                Push(simd.Result);
                break;
            case SimdForm.ReplaceLane:
                CheckLane(instruction.A, simd.Lanes);
                PopExpect(simd.Scalar);
                PopExpect(V128);
                Push(V128);
                break;
            default:
                throw Fail("unknown operator");
        }
    }

    private void CheckLane(ulong lane, int lanes)
    {
        if (lane >= (ulong)lanes) throw Fail($"invalid lane index {lane}");
    }

    [MethodImpl(Hot)]
    private void Load(in Instruction instruction, ValueKind kind, int naturalAlignment)
    {
        CheckMemoryAccess(instruction, naturalAlignment);
        PopExpect(ValueKind.I32);
        Push(kind);
    }

    [MethodImpl(Hot)]
    private void Store(in Instruction instruction, ValueKind kind, int naturalAlignment)
    {
        CheckMemoryAccess(instruction, naturalAlignment);
        PopExpect(kind);
        PopExpect(ValueKind.I32);
    }

    [MethodImpl(Hot)]
    private void CheckMemoryAccess(in Instruction instruction, int naturalAlignment)
    {
        Memory(0);
        if (instruction.B > (ulong)naturalAlignment) throw Fail("alignment must not be larger than natural");
    }

    [MethodImpl(Hot)]
    private void PopThreeI32()
    {
        PopExpect(ValueKind.I32);
        PopExpect(ValueKind.I32);
        PopExpect(ValueKind.I32);
    }

    // Index-space look-ups: each refuses an index out of range with the spec's wording.

    [MethodImpl(Hot)]
    private void Memory(ulong index)
    {
        if (index >= (ulong)context.MemoryCount) throw Fail($"unknown memory {index}");
    }

    [MethodImpl(Hot)]
    private ValueKind Table(ulong index)
    {
        if (index >= (ulong)context.TableKinds.Length) throw Fail($"unknown table {index}");
        return context.TableKinds[index];
    }

    [MethodImpl(Hot)]
    private GlobalType Global(ulong index)
    {
        if (index >= (ulong)context.Globals.Length) throw Fail($"unknown global {index}");
        return context.Globals[index];
    }

    private ValueKind ElementSegment(ulong index)
    {
        if (index >= (ulong)context.ElementKinds.Length) throw Fail($"unknown elem segment {index}");
        return context.ElementKinds[index];
    }

    private void DataSegment(ulong index)
    {
        if (index >= context.DataCount) throw Fail($"unknown data segment {index}");
    }

    [MethodImpl(Hot)]
    private ref ControlFrame Label(ulong depth)
    {
        if (depth >= (ulong)frameCount) throw Fail($"unknown label {depth}");
        return ref frames[frameCount - 1 - (int)depth];
    }

    [MethodImpl(Hot)]
    private ValueKind[] LabelTypes(in ControlFrame frame) =>
        frame.Kind == Opcode.Loop ? signatures.Parameters(frame.Signature) : signatures.Results(frame.Signature);

    [MethodImpl(Hot)]
    private int BlockSignature(in Instruction instruction)
    {
        var signature = signatures.Resolve((long)instruction.A);
        if (signature >= 0) return signature;
        throw signature == BlockSignatures.UnknownType
            ? Fail($"unknown type {(long)instruction.A}")
            : Fail("malformed block type");
    }

    private ValueKind ValueType(ulong encoded) =>
        encoded <= 0xFF && ValueKinds.IsValid((byte)encoded) ? (ValueKind)(byte)encoded : throw Fail("malformed value type");

    [MethodImpl(Hot)]
    private ValueKind Local(ulong index)
    {
        if (index >= (ulong)locals.Count) throw Fail($"unknown local {index}");
        return locals[index];
    }

    // The operand and control stacks

    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    private void Push(ValueKind kind)
    {
        if (operandCount >= operandRoom) MakeRoom();
        operands[operandCount++] = kind;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void MakeRoom()
    {
        if (operandCount >= operandLimit) throw TooManyLiveValues();
        if (operandCount == operands.Length) Array.Resize(ref operands, operands.Length * 2);
        operandRoom = Math.Min(operands.Length, operandLimit);
    }

    private void UpdateOperandLimit()
    {
        operandLimit = (int)Math.Max(0, MaxLiveValues - declaredLocals - blockValues);
        if (operandCount > operandLimit) throw TooManyLiveValues();
        operandRoom = Math.Min(operands.Length, operandLimit);
    }

    private InvalidModuleException TooManyLiveValues() =>
        Fail($"function too complex: more than {MaxLiveValues} locals, operands and block values live at once (an implementation limit)");

    [MethodImpl(Hot)]
    private void PushAll(ValueKind[] kinds)
    {
        foreach (var kind in kinds) Push(kind);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    private ValueKind Pop()
    {
        ref var frame = ref frames[frameCount - 1];
        if (operandCount == frame.Height)
        {
            if (frame.Unreachable) return Unknown;
            throw Mismatch(Unknown, Unknown);
        }
        return operands[--operandCount];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    private void PopExpect(ValueKind expected)
    {
        ref var frame = ref frames[frameCount - 1];
        if (operandCount == frame.Height)
        {
            if (frame.Unreachable) return;
            throw Mismatch(expected, Unknown);
        }
        var actual = operands[--operandCount];
        if (actual != expected && actual != Unknown) throw Mismatch(expected, actual);
    }

    [MethodImpl(Hot)]
    private void PopAll(ValueKind[] expected)
    {
        for (var i = expected.Length - 1; i >= 0; i--) PopExpect(expected[i]);
    }

    /// <summary>Checks the top operands against <paramref name="expected"/> without popping them.</summary>
    private void PeekAll(ValueKind[] expected)
    {
        ref var frame = ref frames[frameCount - 1];
        for (var i = 0; i < expected.Length; i++)
        {
            var slot = operandCount - 1 - i;
            var wanted = expected[expected.Length - 1 - i];
            if (slot < frame.Height)
            {
                if (frame.Unreachable) return;
                throw Mismatch(wanted, Unknown);
            }
            var actual = operands[slot];
            if (actual != wanted && actual != Unknown) throw Mismatch(wanted, actual);
        }
    }

    [MethodImpl(Hot)]
    private void PushFrame(Opcode kind, int signature)
    {
        if (frameCount == frames.Length) Array.Resize(ref frames, frames.Length * 2);
        frames[frameCount++] = new ControlFrame
        {
            Kind = kind,
            Signature = signature,
            Height = operandCount,
        };
        blockValues += signatures.Parameters(signature).Length + signatures.Results(signature).Length;
        UpdateOperandLimit();
    }

    [MethodImpl(Hot)]
    private void EnterUnreachable()
    {
        ref var frame = ref frames[frameCount - 1];
        operandCount = frame.Height;
        frame.Unreachable = true;
    }

    private static bool SameTypes(ValueKind[] a, ValueKind[] b) => a.AsSpan().SequenceEqual(b);

    private static bool IsNumericOrUnknown(ValueKind kind) => kind == Unknown || kind.IsNumeric();

    private static bool IsVectorOrUnknown(ValueKind kind) => kind is Unknown or ValueKind.V128;

    private static string Describe(ValueKind kind) => kind == Unknown ? "nothing" : kind.Name();

    // Errors

    private InvalidModuleException Mismatch(string detail) => Fail($"type mismatch: {detail}");

    /// <summary>An operand of the wrong type; <see cref="Unknown"/> stands for "any value" or "no value".</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private InvalidModuleException Mismatch(ValueKind expected, ValueKind actual) =>
        Mismatch($"expected {(expected == Unknown ? "a value" : expected.Name())}, found {Describe(actual)}");

    private InvalidModuleException Fail(string reason)
    {
        var location = position >= 0 && position < code.Length
            ? $"in {InstructionNames.Of(code[position].Op)} at function {functionIndex}, offset 0x{code[position].Offset:x}"
            : $"at function {functionIndex}";
        return new InvalidModuleException(reason, location);
    }
}
