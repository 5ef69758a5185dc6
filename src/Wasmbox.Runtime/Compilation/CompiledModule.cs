using System.Reflection;
using Wasmbox.Runtime.Binary;

namespace Wasmbox.Runtime.Compilation;

/// <summary>The compiled code of a module: one static method per defined function, and its entry point.</summary>
internal sealed class CompiledModule
{
    private CompiledModule(Type type, MethodInfo[] methods, object? loadContext, bool native)
    {
        IsNative = native;
        Type = type;
        Methods = methods;
        LoadContext = loadContext;
        EntryPoints = methods.Select(m => m.MethodHandle.GetFunctionPointer()).ToArray();
    }

    /// <summary>A generated type; holding it keeps the collectible assembly alive.</summary>
    public Type Type { get; }
    public MethodInfo[] Methods { get; }
    public nint[] EntryPoints { get; }
    /// <summary>The load context of a persisted image, kept while the module lives so the code's references still resolve.</summary>
    public object? LoadContext { get; }
    /// <summary>Whether the code is ReadyToRun machine code compiled ahead of time, not IL for RyuJIT.</summary>
    public bool IsNative { get; }

    /// <summary>
    /// Finds the compiled methods in a created or loaded assembly and binds the module's types to
    /// the engine's signature ids, before any of its code runs. A loaded image has each method's
    /// signature checked too, so a calli through an entry point always matches what it calls.
    /// </summary>
    public static CompiledModule Bind(Func<string, Type> typeNamed, ModuleDefinition definition, FunctionTypeIds typeIds,
        object? loadContext, bool checkSignatures = false, bool native = false)
    {
        var signatureIds = typeNamed(SignatureIdFields.TypeName);
        SignatureIdBinding.Bind(signatureIds, definition.Types.Select(typeIds.IdOf).ToArray());

        var names = ModuleCompiler.MethodNames(definition);
        var methods = new MethodInfo[names.Length];
        Dictionary<string, MethodInfo>? byName = null;
        for (var i = 0; i < names.Length; i++)
        {
            if (byName is null || i % ModuleCompiler.MethodsPerType == 0)
            {
                var type = typeNamed(ModuleCompiler.PartTypeName(ModuleCompiler.PartOf(i)));
                byName = type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly).ToDictionary(m => m.Name);
            }
            methods[i] = byName.GetValueOrDefault(names[i]) ?? throw new MissingMethodException($"compiled code has no method for function {names[i]}");
            if (checkSignatures) CheckSignature(methods[i], definition.FunctionSignature(definition.ImportedFunctionCount + i));
        }
        return new CompiledModule(signatureIds, methods, loadContext, native);
    }

    private static void CheckSignature(MethodInfo method, FunctionType type)
    {
        var expected = WasmCallingConvention.ParameterTypes(type);
        var actual = method.GetParameters();
        var matches = method.ReturnType == WasmCallingConvention.ReturnType(type) && actual.Length == expected.Length;
        for (var i = 0; matches && i < actual.Length; i++) matches = actual[i].ParameterType == expected[i];
        if (!matches) throw new MissingMethodException($"compiled method {method.Name} does not have the signature {type}");
    }
}
