using System.Collections.Concurrent;
using System.Reflection.Emit;

namespace Wasmbox.Runtime.Compilation;

/// <summary>Calls a function with the Wasm calling convention from untyped host code.</summary>
internal delegate void EntryTrampoline(Function function, Value[] arguments, Value[] results);

/// <summary>
/// One generated trampoline per signature: it unpacks the argument values, calls the function's
/// code through its pointer, and packs the results.
/// </summary>
internal sealed class EntryTrampolines
{
    private readonly ConcurrentDictionary<FunctionType, EntryTrampoline> cache = new();

    public EntryTrampoline For(FunctionType type) => cache.GetOrAdd(type, Generate);

    private static EntryTrampoline Generate(FunctionType type)
    {
        var method = new DynamicMethod($"enter {type}", typeof(void),
            [typeof(Function), typeof(Value[]), typeof(Value[])], typeof(Function).Module, skipVisibility: true);
        var il = method.GetILGenerator();
        for (var i = 0; i < type.Parameters.Count; i++)
            ValueMarshalling.EmitGet(il, () => il.Emit(OpCodes.Ldarg_1), i, type.Parameters[i]);
        var extra = new LocalBuilder[Math.Max(0, type.Results.Count - 1)];
        for (var i = 0; i < extra.Length; i++)
        {
            extra[i] = il.DeclareLocal(WasmCallingConvention.ClrType(type.Results[i + 1]));
            il.Emit(OpCodes.Ldloca, extra[i]);
        }
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldfld, RuntimeMembers.FunctionContext);
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldfld, RuntimeMembers.FunctionCode);
        il.EmitCalli(OpCodes.Calli, System.Reflection.CallingConventions.Standard,
            WasmCallingConvention.ReturnType(type), WasmCallingConvention.ParameterTypes(type), null);
        if (type.Results.Count > 0)
        {
            var first = il.DeclareLocal(WasmCallingConvention.ClrType(type.Results[0]));
            il.Emit(OpCodes.Stloc, first);
            ValueMarshalling.EmitSet(il, () => il.Emit(OpCodes.Ldarg_2), 0, type.Results[0], () => il.Emit(OpCodes.Ldloc, first));
        }
        for (var i = 0; i < extra.Length; i++)
        {
            var local = extra[i];
            ValueMarshalling.EmitSet(il, () => il.Emit(OpCodes.Ldarg_2), i + 1, type.Results[i + 1], () => il.Emit(OpCodes.Ldloc, local));
        }
        il.Emit(OpCodes.Ret);
        return method.CreateDelegate<EntryTrampoline>();
    }
}
