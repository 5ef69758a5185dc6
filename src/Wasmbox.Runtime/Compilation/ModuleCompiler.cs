using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;
using Wasmbox.Runtime.Binary;
using Wasmbox.Runtime.Execution;

namespace Wasmbox.Runtime.Compilation;

/// <summary>
/// Compiles a validated module into a collectible dynamic assembly: one type, one static method per
/// function. RyuJIT turns each method into machine code on its first call.
/// </summary>
internal static class ModuleCompiler
{
    private static int sequence;
    private const int MethodsPerType = 16_384;

    public static CompiledModule Compile(ModuleDefinition definition, FunctionTypeIds typeIds, EngineConfig config)
    {
        var id = Interlocked.Increment(ref sequence);
        var assemblyName = new AssemblyName($"Wasmbox.Compiled.{id}");
        var assembly = AssemblyBuilder.DefineDynamicAssembly(assemblyName, AssemblyBuilderAccess.RunAndCollect);
        assembly.SetCustomAttribute(new CustomAttributeBuilder(
            typeof(IgnoresAccessChecksToAttribute).GetConstructor([typeof(string)])!,
            [typeof(InstanceContext).Assembly.GetName().Name!]));
        var moduleBuilder = assembly.DefineDynamicModule(assemblyName.Name!);
        // The runtime allows at most 65,535 methods per type, so large modules span several types.
        var types = new List<TypeBuilder>();
        TypeBuilder TypeFor(int function)
        {
            var part = function / MethodsPerType;
            while (types.Count <= part)
            {
                types.Add(moduleBuilder.DefineType($"{CompiledFrames.TypeNamePrefix}{id}_{types.Count}",
                    TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Abstract | TypeAttributes.Class));
            }
            return types[part];
        }

        var imported = definition.ImportedFunctionCount;
        var names = MethodNames(definition);
        var methods = new MethodBuilder[definition.FunctionTypeIndices.Count];
        for (var i = 0; i < methods.Length; i++)
        {
            var signature = definition.FunctionSignature(imported + i);
            methods[i] = TypeFor(i).DefineMethod(names[i], MethodAttributes.Public | MethodAttributes.Static,
                CallingConventions.Standard, WasmCallingConvention.ReturnType(signature), WasmCallingConvention.ParameterTypes(signature));
            // A function with a loop may be called once and run for seconds: skip the unoptimized tier.
            if (definition.Bodies[i].Code.Any(c => c.Op == Opcode.Loop))
                methods[i].SetImplementationFlags(MethodImplAttributes.AggressiveOptimization);
        }

        var compilation = new ModuleCompilation(definition, methods,
            definition.Types.Select(typeIds.IdOf).ToArray(), config);
        for (var i = 0; i < methods.Length; i++)
            new FunctionCompiler(methods[i].GetILGenerator(), compilation, imported + i).Compile();

        var created = types.Select(t => t.CreateType()).ToArray();
        var byName = created
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .ToDictionary(m => m.Name);
        var runtimeMethods = new MethodInfo[methods.Length];
        for (var i = 0; i < methods.Length; i++) runtimeMethods[i] = byName[names[i]];
        // Any one type keeps the whole collectible assembly alive; a module without functions has none.
        return new CompiledModule(created.FirstOrDefault() ?? typeof(object), runtimeMethods);
    }

    /// <summary>Method names are the Wasm function names (shown in trap backtraces), made unique.</summary>
    private static string[] MethodNames(ModuleDefinition definition)
    {
        var imported = definition.ImportedFunctionCount;
        var names = new string[definition.FunctionTypeIndices.Count];
        var used = new HashSet<string>();
        for (var i = 0; i < names.Length; i++)
        {
            var name = Sanitize(definition.FunctionDisplayName(imported + i));
            while (!used.Add(name)) name = $"{name}#{imported + i}";
            names[i] = name;
        }
        return names;
    }

    private static string Sanitize(string name)
    {
        var clean = new string(name.Select(c => char.IsControl(c) || char.IsSurrogate(c) ? '?' : c).ToArray());
        if (clean.Length == 0) clean = "?";
        return clean.Length > 200 ? clean[..200] : clean;
    }
}
