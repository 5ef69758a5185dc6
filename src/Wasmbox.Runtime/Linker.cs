using System.Reflection;
using Wasmbox.Runtime.Execution;

namespace Wasmbox.Runtime;

/// <summary>
/// Resolves a module's imports by (module, name): host functions defined in C#, and exports of
/// instances registered under a module name.
/// </summary>
public sealed class Linker
{
    private readonly Dictionary<(string Module, string Name), object> definitions = new();

    public Linker(Engine engine) => Engine = engine;

    public Engine Engine { get; }

    /// <summary>When true, a later definition replaces an earlier one of the same name instead of failing.</summary>
    public bool AllowShadowing { get; set; }

    /// <summary>Defines an item: a <see cref="Function"/>, <see cref="Table"/>, <see cref="Memory"/>, <see cref="Global"/> or <see cref="HostFunctionDefinition"/>.</summary>
    public Linker Define(string module, string name, object item)
    {
        if (item is not (Function or Table or Memory or Global or HostFunctionDefinition))
            throw new ArgumentException($"cannot define {module}.{name} as a {item.GetType().Name}");
        if (!AllowShadowing && definitions.ContainsKey((module, name)))
            throw new ArgumentException($"{module}.{name} is already defined");
        definitions[(module, name)] = item;
        return this;
    }

    /// <summary>Defines a host function with an untyped callback.</summary>
    public Linker DefineFunction(string module, string name, FunctionType type, HostCallback callback) =>
        Define(module, name, new HostFunctionDefinition(type, callback, $"{module}.{name}"));

    /// <summary>
    /// Defines a host function from a delegate over int, long, float, double, Function and object;
    /// a first parameter of type <see cref="Caller"/> receives the caller. Results: none, one value,
    /// or a ValueTuple for several.
    /// </summary>
    public Linker DefineFunction(string module, string name, Delegate function)
    {
        var invoke = function.GetType().GetMethod("Invoke")!;
        var parameters = invoke.GetParameters().Select(p => p.ParameterType).ToArray();
        var takesCaller = parameters.Length > 0 && parameters[0] == typeof(Caller);
        var wasmParameters = parameters.Skip(takesCaller ? 1 : 0).Select(TypedValues.KindOf).ToArray();
        var resultTypes = ResultTypes(invoke.ReturnType);
        var type = new FunctionType(wasmParameters, resultTypes.Select(TypedValues.KindOf).ToArray());

        // Reflection invocation keeps this general; hot host functions (WASI) use HostCallback directly.
        return DefineFunction(module, name, type, (caller, arguments, results) =>
        {
            var values = new object?[parameters.Length];
            var offset = 0;
            if (takesCaller) values[offset++] = caller;
            for (var i = 0; i < arguments.Length; i++) values[offset + i] = TypedValues.ToObject(arguments[i]);
            object? returned;
            try
            {
                returned = function.DynamicInvoke(values);
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
                throw;
            }
            if (resultTypes.Length == 1) results[0] = TypedValues.FromObject(returned, type.Results[0]);
            else if (resultTypes.Length > 1)
            {
                var tuple = (System.Runtime.CompilerServices.ITuple)returned!;
                for (var i = 0; i < resultTypes.Length; i++) results[i] = TypedValues.FromObject(tuple[i], type.Results[i]);
            }
        });
    }

    private static Type[] ResultTypes(Type returnType)
    {
        if (returnType == typeof(void)) return [];
        if (returnType.IsGenericType && returnType.FullName!.StartsWith("System.ValueTuple`", StringComparison.Ordinal))
            return returnType.GetGenericArguments();
        return [returnType];
    }

    /// <summary>Makes every export of <paramref name="instance"/> importable as <paramref name="moduleName"/>.name.</summary>
    public Linker DefineInstance(string moduleName, Instance instance)
    {
        foreach (var (name, item) in instance.Exports) Define(moduleName, name, item);
        return this;
    }

    /// <summary>Instantiates a module, resolving its imports from this linker's definitions.</summary>
    /// <exception cref="LinkException">an import is missing or has the wrong type</exception>
    /// <exception cref="TrapException">a segment did not fit, or the start function trapped</exception>
    public Instance Instantiate(Store store, Module module) => Instantiator.Instantiate(store, module, Resolve(module));

    /// <summary>Resolves a module's imports once, for many instantiations later (definitions made after this are not seen).</summary>
    /// <exception cref="LinkException">an import is missing</exception>
    public InstancePre Prepare(Module module)
    {
        if (module.Engine != Engine) throw new LinkException("the module was compiled by another engine than the linker's");
        return new InstancePre(module, Resolve(module));
    }

    private List<object> Resolve(Module module)
    {
        var imports = new List<object>(module.Definition.Imports.Count);
        foreach (var import in module.Definition.Imports)
        {
            if (!definitions.TryGetValue((import.Module, import.Name), out var item))
                throw new LinkException($"unknown import: {import.Module}.{import.Name} ({import.Kind.ToString().ToLowerInvariant()}) is not defined");
            imports.Add(item);
        }
        return imports;
    }
}
