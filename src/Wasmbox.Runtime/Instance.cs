using Wasmbox.Runtime.Execution;

namespace Wasmbox.Runtime;

/// <summary>An instantiated module: its exports, by name.</summary>
public sealed class Instance
{
    private readonly Dictionary<string, object> exports = new(StringComparer.Ordinal);

    internal Instance(Module module, InstanceContext context)
    {
        Module = module;
        Context = context;
        foreach (var export in module.Definition.Exports)
        {
            exports[export.Name] = export.Kind switch
            {
                ExternalKind.Function => context.FunctionAt((int)export.Index),
                ExternalKind.Table => context.Tables[export.Index],
                ExternalKind.Memory => context.Memories[export.Index],
                _ => context.Globals[export.Index],
            };
        }
    }

    public Module Module { get; }
    internal InstanceContext Context { get; }

    /// <summary>Every export: a <see cref="Function"/>, <see cref="Table"/>, <see cref="Memory"/> or <see cref="Global"/>.</summary>
    public IReadOnlyDictionary<string, object> Exports => exports;

    public object? GetExport(string name) => exports.GetValueOrDefault(name);
    public Function? GetFunction(string name) => GetExport(name) as Function;
    public Memory? GetMemory(string name) => GetExport(name) as Memory;
    public Table? GetTable(string name) => GetExport(name) as Table;
    public Global? GetGlobal(string name) => GetExport(name) as Global;

    /// <summary>A typed delegate for an exported function; the signature is checked once, here.</summary>
    public Func<TResult> GetFunction<TResult>(string name)
    {
        var function = Typed(name, [], [typeof(TResult)]);
        return () => TypedValues.From<TResult>(function.Invoke()[0]);
    }

    public Func<T1, TResult> GetFunction<T1, TResult>(string name)
    {
        var function = Typed(name, [typeof(T1)], [typeof(TResult)]);
        return a => TypedValues.From<TResult>(function.Invoke(TypedValues.To(a))[0]);
    }

    public Func<T1, T2, TResult> GetFunction<T1, T2, TResult>(string name)
    {
        var function = Typed(name, [typeof(T1), typeof(T2)], [typeof(TResult)]);
        return (a, b) => TypedValues.From<TResult>(function.Invoke(TypedValues.To(a), TypedValues.To(b))[0]);
    }

    public Func<T1, T2, T3, TResult> GetFunction<T1, T2, T3, TResult>(string name)
    {
        var function = Typed(name, [typeof(T1), typeof(T2), typeof(T3)], [typeof(TResult)]);
        return (a, b, c) => TypedValues.From<TResult>(function.Invoke(TypedValues.To(a), TypedValues.To(b), TypedValues.To(c))[0]);
    }

    /// <summary>A typed delegate for an exported function with no results.</summary>
    public Action GetAction(string name)
    {
        var function = Typed(name, [], []);
        return () => function.Invoke();
    }

    public Action<T1> GetAction<T1>(string name)
    {
        var function = Typed(name, [typeof(T1)], []);
        return a => function.Invoke(TypedValues.To(a));
    }

    public Action<T1, T2> GetAction<T1, T2>(string name)
    {
        var function = Typed(name, [typeof(T1), typeof(T2)], []);
        return (a, b) => function.Invoke(TypedValues.To(a), TypedValues.To(b));
    }

    private Function Typed(string name, Type[] parameters, Type[] results)
    {
        var function = GetFunction(name) ?? throw new KeyNotFoundException($"no exported function named \"{name}\"");
        var expected = new FunctionType(parameters.Select(TypedValues.KindOf).ToArray(), results.Select(TypedValues.KindOf).ToArray());
        if (!function.Type.Equals(expected))
            throw new InvalidCastException($"export \"{name}\" has type {function.Type}, not {expected}");
        return function;
    }
}

/// <summary>Conversions between .NET types and Wasm values for typed host and guest functions.</summary>
public static class TypedValues
{
    public static ValueKind KindOf(Type type) =>
        type == typeof(int) || type == typeof(uint) ? ValueKind.I32 :
        type == typeof(long) || type == typeof(ulong) ? ValueKind.I64 :
        type == typeof(float) ? ValueKind.F32 :
        type == typeof(double) ? ValueKind.F64 :
        type == typeof(System.Runtime.Intrinsics.Vector128<byte>) ? ValueKind.V128 :
        type == typeof(Function) ? ValueKind.FuncRef :
        type == typeof(object) ? ValueKind.ExternRef :
        throw new NotSupportedException($"{type.Name} has no WebAssembly value type (use int, long, float, double, Vector128<byte>, Function or object)");

    public static Value To<T>(T value) => value switch
    {
        int i => Value.I32(i),
        uint u => Value.I32((int)u),
        long l => Value.I64(l),
        ulong u => Value.I64((long)u),
        float f => Value.F32(f),
        double d => Value.F64(d),
        System.Runtime.Intrinsics.Vector128<byte> v => Value.V128(v),
        Function f => Value.FuncRef(f),
        _ when typeof(T) == typeof(Function) => Value.FuncRef(null),
        _ => Value.ExternRef(value),
    };

    public static object? ToObject(Value value) => value.Kind switch
    {
        ValueKind.I32 => value.AsI32(),
        ValueKind.I64 => value.AsI64(),
        ValueKind.F32 => value.AsF32(),
        ValueKind.F64 => value.AsF64(),
        ValueKind.V128 => value.AsV128(),
        _ => value.Reference,
    };

    public static T From<T>(Value value)
    {
        if (typeof(T) == typeof(uint)) return (T)(object)(uint)value.AsI32();
        if (typeof(T) == typeof(ulong)) return (T)(object)(ulong)value.AsI64();
        return (T)ToObject(value)!;
    }

    public static Value FromObject(object? value, ValueKind kind) => kind switch
    {
        ValueKind.I32 => Value.I32(value is uint u ? (int)u : (int)value!),
        ValueKind.I64 => Value.I64(value is ulong u ? (long)u : (long)value!),
        ValueKind.F32 => Value.F32((float)value!),
        ValueKind.F64 => Value.F64((double)value!),
        ValueKind.V128 => Value.V128((System.Runtime.Intrinsics.Vector128<byte>)value!),
        ValueKind.FuncRef => Value.FuncRef((Function?)value),
        _ => Value.ExternRef(value),
    };
}
