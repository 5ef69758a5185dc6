using System.Collections.Concurrent;
using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;
using Wasmbox.Runtime.Execution;

namespace Wasmbox.Runtime.Compilation;

/// <summary>A generated method with the Wasm calling convention that forwards to a host callback.</summary>
internal sealed record HostStub(nint Code, object KeepAlive);

/// <summary>
/// One stub per signature. Compiled code calls host functions exactly as it calls Wasm functions
/// (calli with the callee's context); the stub packs the arguments and calls the host callback
/// found in that context.
/// </summary>
internal sealed class HostStubs
{
    private readonly ConcurrentDictionary<FunctionType, HostStub> cache = new();
    private readonly Lazy<ModuleBuilder> module = new(CreateModule);
    private int sequence;

    public HostStub For(FunctionType type) => cache.GetOrAdd(type, Generate);

    private static ModuleBuilder CreateModule()
    {
        var name = new AssemblyName($"Wasmbox.HostStubs.{Guid.NewGuid():N}");
        var assembly = AssemblyBuilder.DefineDynamicAssembly(name, AssemblyBuilderAccess.RunAndCollect);
        assembly.SetCustomAttribute(new CustomAttributeBuilder(
            typeof(IgnoresAccessChecksToAttribute).GetConstructor([typeof(string)])!,
            [typeof(InstanceContext).Assembly.GetName().Name!]));
        return assembly.DefineDynamicModule(name.Name!);
    }

    private HostStub Generate(FunctionType type)
    {
        lock (module)
        {
            var typeBuilder = module.Value.DefineType($"HostStub{Interlocked.Increment(ref sequence)}",
                TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Abstract | TypeAttributes.Class);
            var method = typeBuilder.DefineMethod("CallHost", MethodAttributes.Public | MethodAttributes.Static,
                CallingConventions.Standard, WasmCallingConvention.ReturnType(type), WasmCallingConvention.ParameterTypes(type));
            Emit(method.GetILGenerator(), type);
            var created = typeBuilder.CreateType();
            var runtimeMethod = created.GetMethod("CallHost")!;
            return new HostStub(runtimeMethod.MethodHandle.GetFunctionPointer(), created);
        }
    }

    private static void Emit(ILGenerator il, FunctionType type)
    {
        var parameterCount = type.Parameters.Count;
        var contextArgument = (short)WasmCallingConvention.ContextArgument(type);
        var arguments = il.DeclareLocal(typeof(Value[]));
        var results = il.DeclareLocal(typeof(Value[]));
        il.Emit(OpCodes.Ldc_I4, parameterCount);
        il.Emit(OpCodes.Newarr, typeof(Value));
        il.Emit(OpCodes.Stloc, arguments);
        for (var i = 0; i < parameterCount; i++)
        {
            var argument = (short)i;
            ValueMarshalling.EmitSet(il, () => il.Emit(OpCodes.Ldloc, arguments), i, type.Parameters[i], () => il.Emit(OpCodes.Ldarg, argument));
        }
        il.Emit(OpCodes.Ldloc, arguments);
        il.Emit(OpCodes.Ldarg, contextArgument);
        il.Emit(OpCodes.Call, RuntimeMembers.Support(nameof(RuntimeSupport.CallHost)));
        il.Emit(OpCodes.Stloc, results);
        for (var i = 1; i < type.Results.Count; i++)
        {
            il.Emit(OpCodes.Ldarg, (short)(parameterCount + i - 1));
            ValueMarshalling.EmitGet(il, () => il.Emit(OpCodes.Ldloc, results), i, type.Results[i]);
            WasmCallingConvention.EmitStoreIndirect(il, type.Results[i]);
        }
        if (type.Results.Count > 0)
            ValueMarshalling.EmitGet(il, () => il.Emit(OpCodes.Ldloc, results), 0, type.Results[0]);
        il.Emit(OpCodes.Ret);
    }
}
