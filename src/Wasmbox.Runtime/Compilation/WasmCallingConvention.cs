using System.Reflection.Emit;
using Wasmbox.Runtime.Execution;

namespace Wasmbox.Runtime.Compilation;

/// <summary>
/// How a Wasm function looks as a .NET static method: parameters in order, then one by-ref
/// parameter for each result after the first, then the instance context. The first result is
/// the return value. The context comes last so a caller can push it after the arguments.
/// </summary>
internal static class WasmCallingConvention
{
    public static Type ClrType(ValueKind kind) => kind switch
    {
        ValueKind.I32 => typeof(int),
        ValueKind.I64 => typeof(long),
        ValueKind.F32 => typeof(float),
        ValueKind.F64 => typeof(double),
        ValueKind.V128 => typeof(System.Runtime.Intrinsics.Vector128<byte>),
        ValueKind.FuncRef or ValueKind.ExternRef => typeof(object),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), $"not a value type: {kind.Name()}"),
    };

    public static Type ReturnType(FunctionType type) => type.Results.Count == 0 ? typeof(void) : ClrType(type.Results[0]);

    public static Type[] ParameterTypes(FunctionType type)
    {
        var types = new List<Type>(type.Parameters.Count + type.Results.Count + 1);
        foreach (var p in type.Parameters) types.Add(ClrType(p));
        for (var i = 1; i < type.Results.Count; i++) types.Add(ClrType(type.Results[i]).MakeByRefType());
        types.Add(typeof(InstanceContext));
        return types.ToArray();
    }

    /// <summary>Index of the context argument.</summary>
    public static int ContextArgument(FunctionType type) => type.Parameters.Count + Math.Max(0, type.Results.Count - 1);

    public static void EmitStoreIndirect(ILGenerator il, ValueKind kind)
    {
        switch (kind)
        {
            case ValueKind.I32: il.Emit(OpCodes.Stind_I4); break;
            case ValueKind.I64: il.Emit(OpCodes.Stind_I8); break;
            case ValueKind.F32: il.Emit(OpCodes.Stind_R4); break;
            case ValueKind.F64: il.Emit(OpCodes.Stind_R8); break;
            case ValueKind.V128: il.Emit(OpCodes.Stobj, typeof(System.Runtime.Intrinsics.Vector128<byte>)); break;
            default: il.Emit(OpCodes.Stind_Ref); break;
        }
    }
}
