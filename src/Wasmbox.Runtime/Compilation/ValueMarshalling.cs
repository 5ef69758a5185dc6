using System.Reflection;
using System.Reflection.Emit;

namespace Wasmbox.Runtime.Compilation;

/// <summary>Emits the moves between <see cref="Value"/> arrays and typed IL values at the host boundary.</summary>
internal static class ValueMarshalling
{
    private static readonly BindingFlags Flags = BindingFlags.NonPublic | BindingFlags.Static;

    /// <summary>Expects the array and index on the stack; leaves the typed value.</summary>
    public static MethodInfo Getter(ValueKind kind) => typeof(Value).GetMethod(kind switch
    {
        ValueKind.I32 => "GetI32",
        ValueKind.I64 => "GetI64",
        ValueKind.F32 => "GetF32",
        ValueKind.F64 => "GetF64",
        ValueKind.V128 => "GetV128",
        _ => "GetRef",
    }, Flags)!;

    /// <summary>Expects the array, index and typed value on the stack.</summary>
    public static MethodInfo Setter(ValueKind kind) => typeof(Value).GetMethod(kind switch
    {
        ValueKind.I32 => "SetI32",
        ValueKind.I64 => "SetI64",
        ValueKind.F32 => "SetF32",
        ValueKind.F64 => "SetF64",
        ValueKind.V128 => "SetV128",
        ValueKind.FuncRef => "SetFuncRef",
        _ => "SetExternRef",
    }, Flags)!;

    public static void EmitGet(ILGenerator il, Action loadArray, int index, ValueKind kind)
    {
        loadArray();
        il.Emit(OpCodes.Ldc_I4, index);
        il.Emit(OpCodes.Call, Getter(kind));
    }

    public static void EmitSet(ILGenerator il, Action loadArray, int index, ValueKind kind, Action loadValue)
    {
        loadArray();
        il.Emit(OpCodes.Ldc_I4, index);
        loadValue();
        il.Emit(OpCodes.Call, Setter(kind));
    }
}
