using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;
using Wasmbox.Runtime.Binary;
using Wasmbox.Runtime.Execution;

namespace Wasmbox.Runtime.Compilation;

/// <summary>
/// Compiles a validated module into an assembly: one static method per function, spread over a
/// few types, plus the <see cref="SignatureIdFields"/> type. In memory, the assembly is
/// collectible and runs at once; persisted, it is saved as an image that
/// <see cref="Persistence.CompiledImageLoader"/> loads later, in any process. Both hold the
/// same code: nothing in it depends on the engine or process that compiled it.
/// </summary>
internal static class ModuleCompiler
{
    /// <summary>The runtime allows at most 65,535 methods per type, so large modules span several types.</summary>
    public const int MethodsPerType = 16_384;

    private static int sequence;

    /// <summary>Compiles into a collectible dynamic assembly; RyuJIT turns each method into machine code on its first call.</summary>
    public static CompiledModule CompileInMemory(ModuleDefinition definition, FunctionTypeIds typeIds, EngineConfig config)
    {
        var name = new AssemblyName($"Wasmbox.Compiled.{Interlocked.Increment(ref sequence)}");
        var assembly = AssemblyBuilder.DefineDynamicAssembly(name, AssemblyBuilderAccess.RunAndCollect);
        AllowAccessToRuntime(assembly);
        var created = Emit(assembly.DefineDynamicModule(name.Name!), definition, config).ToDictionary(t => t.FullName!);
        return CompiledModule.Bind(typeName => created[typeName], definition, typeIds, loadContext: null);
    }

    /// <summary>
    /// Compiles into an assembly image (the bytes of a .dll) for <see cref="Persistence.CompiledImageLoader"/>.
    /// Without <paramref name="markLoopsHot"/>, for crossgen2, which compiles no method marked
    /// AggressiveOptimization.
    /// </summary>
    public static byte[] CompileToImage(ModuleDefinition definition, EngineConfig config, bool markLoopsHot = true)
    {
        var name = new AssemblyName("Wasmbox.Compiled");
        var assembly = new PersistedAssemblyBuilder(name, typeof(object).Assembly);
        AllowAccessToRuntime(assembly);
        Emit(assembly.DefineDynamicModule(name.Name!), definition, config, markLoopsHot);
        using var image = new MemoryStream();
        assembly.Save(image);
        return image.ToArray();
    }

    /// <summary>
    /// Whether some function will be compiled by RyuJIT without optimisation: over its size limits
    /// (<see cref="EngineConfig.DefaultSplitFunctionsOver"/> units) and not split into regions.
    /// </summary>
    public static bool HasFunctionsLeftUnoptimized(ModuleDefinition definition, EngineConfig config)
    {
        var imported = definition.ImportedFunctionCount;
        for (var i = 0; i < definition.Bodies.Count; i++)
        {
            var body = definition.Bodies[i];
            var signature = definition.FunctionSignature(imported + i);
            ValueKind[] locals = [.. signature.Parameters, .. body.LocalKinds()];
            if (RegionPlanner.IsOver(body, locals, EngineConfig.DefaultSplitFunctionsOver)
                && RegionPlanner.Plan(definition, body, locals, signature, config.SplitFunctionsOver).Count == 0) return true;
        }
        return false;
    }

    /// <summary>The name of the type holding the methods of functions [part * 16384, (part + 1) * 16384).</summary>
    public static string PartTypeName(int part) => $"{CompiledFrames.TypeNamePrefix}_{part}";

    public static int PartOf(int definedFunction) => definedFunction / MethodsPerType;

    /// <summary>Method names are the Wasm function names (shown in trap backtraces), made unique.</summary>
    public static string[] MethodNames(ModuleDefinition definition)
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

    /// <summary>Lets the generated code use the runtime's internal fields and helpers, so they need not be public API.</summary>
    private static void AllowAccessToRuntime(AssemblyBuilder assembly) =>
        assembly.SetCustomAttribute(new CustomAttributeBuilder(
            typeof(IgnoresAccessChecksToAttribute).GetConstructor([typeof(string)])!,
            [typeof(InstanceContext).Assembly.GetName().Name!]));

    /// <summary>Emits every function and the signature id type; returns the created types.</summary>
    private static List<Type> Emit(ModuleBuilder moduleBuilder, ModuleDefinition definition, EngineConfig config, bool markLoopsHot = true)
    {
        var types = new List<TypeBuilder>();
        TypeBuilder TypeFor(int function)
        {
            var part = PartOf(function);
            while (types.Count <= part)
            {
                types.Add(moduleBuilder.DefineType(PartTypeName(types.Count),
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
            // Wasm locals are zeroed by the function itself (FunctionCompiler), scratch locals are
            // written before they are read: without this, RyuJIT zeroes every untracked local of
            // a large function, and the stack probe, on every call.
            methods[i].InitLocals = false;
            // A function with a loop may be called once and run for seconds: skip the unoptimized tier.
            if (markLoopsHot && definition.Bodies[i].Code.Any(c => c.Op == Opcode.Loop))
                methods[i].SetImplementationFlags(MethodImplAttributes.AggressiveOptimization);
        }

        var signatureIds = new SignatureIdFields(moduleBuilder, definition.Types.Count);
        var compilation = new ModuleCompilation(definition, methods, signatureIds, config);
        var regionTypes = new List<TypeBuilder>();
        var regionMethodCount = 0;
        MethodBuilder DefineRegionMethod(string name, bool hasLoop)
        {
            if (regionMethodCount++ % MethodsPerType == 0)
            {
                regionTypes.Add(moduleBuilder.DefineType($"{CompiledFrames.RegionTypeNamePrefix}_{regionTypes.Count}",
                    TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Abstract | TypeAttributes.Class));
            }
            var method = regionTypes[^1].DefineMethod(name, MethodAttributes.Public | MethodAttributes.Static,
                CallingConventions.Standard, typeof(int), [typeof(nint), typeof(InstanceContext)]);
            method.InitLocals = false;
            if (markLoopsHot && hasLoop) method.SetImplementationFlags(MethodImplAttributes.AggressiveOptimization);
            return method;
        }

        for (var i = 0; i < methods.Length; i++)
        {
            var function = imported + i;
            var body = definition.Bodies[i];
            var signature = definition.FunctionSignature(function);
            var plan = RegionPlanner.Plan(definition, body,
                [.. signature.Parameters, .. body.LocalKinds()], signature, config.SplitFunctionsOver);
            var regions = new List<CompiledRegion>(plan.Count);
            foreach (var region in plan)
            {
                var hasLoop = RegionPlanner.ContainsLoop(body.Code, region.Start, region.End);
                var method = DefineRegionMethod($"{names[i]}#{regions.Count}", hasLoop);
                new FunctionCompiler(method.GetILGenerator(), compilation, function, region).Compile();
                regions.Add(new CompiledRegion(region, method));
            }
            new FunctionCompiler(methods[i].GetILGenerator(), compilation, function, regions).Compile();
        }

        var created = types.Concat(regionTypes).Select(t => t.CreateType()).ToList();
        created.Add(signatureIds.Complete());
        return created;
    }

    private static string Sanitize(string name)
    {
        var clean = new string(name.Select(c => char.IsControl(c) || char.IsSurrogate(c) ? '?' : c).ToArray());
        if (clean.Length == 0) clean = "?";
        return clean.Length > 200 ? clean[..200] : clean;
    }
}
