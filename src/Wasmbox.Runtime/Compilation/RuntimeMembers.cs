using System.Reflection;
using Wasmbox.Runtime.Execution;

namespace Wasmbox.Runtime.Compilation;

/// <summary>The fields and methods of the runtime that generated IL refers to, looked up once.</summary>
internal static class RuntimeMembers
{
    private const BindingFlags Any = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;

    public static readonly FieldInfo ContextMemory0 = Field(typeof(InstanceContext), nameof(InstanceContext.Memory0));
    public static readonly FieldInfo ContextGlobals = Field(typeof(InstanceContext), nameof(InstanceContext.Globals));
    public static readonly FieldInfo ContextTables = Field(typeof(InstanceContext), nameof(InstanceContext.Tables));
    public static readonly FieldInfo ContextFunctions = Field(typeof(InstanceContext), nameof(InstanceContext.Functions));
    public static readonly FieldInfo ContextStore = Field(typeof(InstanceContext), nameof(InstanceContext.Store));
    public static readonly FieldInfo StoreStackLimit = Field(typeof(StoreContext), nameof(StoreContext.StackLimit));
    public static readonly FieldInfo StoreFuel = Field(typeof(StoreContext), nameof(StoreContext.Fuel));
    public static readonly FieldInfo StoreInterruptFlag = Field(typeof(StoreContext), nameof(StoreContext.InterruptFlag));
    public static readonly FieldInfo StoreCallDepth = Field(typeof(StoreContext), nameof(StoreContext.CallDepth));
    public static readonly FieldInfo MemoryBase = Field(typeof(Memory), nameof(Memory.BasePointer));
    public static readonly FieldInfo MemoryLength = Field(typeof(Memory), nameof(Memory.ByteLength));
    public static readonly FieldInfo GlobalBits = Field(typeof(Global), nameof(Global.Bits));
    public static readonly FieldInfo GlobalVector = Field(typeof(Global), nameof(Global.Vector));
    public static readonly FieldInfo GlobalReference = Field(typeof(Global), nameof(Global.Reference));
    public static readonly FieldInfo FunctionCode = Field(typeof(Function), nameof(Function.Code));
    public static readonly FieldInfo FunctionContext = Field(typeof(Function), nameof(Function.Context));

    public static readonly MethodInfo CreateTrap = Method(typeof(TrapException), nameof(TrapException.Create));

    // Looked up by name for every helper call the compiler emits: cached, since reflection by name is slow.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(Type, string), MethodInfo> methods = new();

    public static MethodInfo Support(string name) => Cached(typeof(RuntimeSupport), name);
    public static MethodInfo Numeric(string name) => Cached(typeof(Numerics), name);
    /// <summary>The <see cref="SimdOps"/> method that implements the SIMD instruction of that name.</summary>
    public static MethodInfo Simd(string name) => Cached(typeof(SimdOps), name);
    public static MethodInfo SimdShuffle(string name) => Cached(typeof(SimdShuffles), name);
    public static MethodInfo GlobalSetter(string name) => Cached(typeof(Global), name);

    private static MethodInfo Cached(Type type, string name) => methods.GetOrAdd((type, name), key => Method(key.Item1, key.Item2));

    private static FieldInfo Field(Type type, string name) =>
        type.GetField(name, Any) ?? throw new MissingFieldException(type.Name, name);

    private static MethodInfo Method(Type type, string name) =>
        type.GetMethod(name, Any) ?? throw new MissingMethodException(type.Name, name);
}
