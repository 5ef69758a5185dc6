using Wasmbox.Runtime.Binary;

namespace Wasmbox.Runtime.Validation;

/// <summary>
/// The index spaces of a module (imports first, then definitions), flattened into arrays so that
/// checking an instruction's immediate is one comparison and one load. Built once per module,
/// after type indices of functions have been checked.
/// </summary>
internal sealed class ModuleContext
{
    private ModuleContext(ModuleDefinition module)
    {
        Module = module;
    }

    public ModuleDefinition Module { get; }

    /// <summary>Parameter types of each type in the type section.</summary>
    public ValueKind[][] TypeParameters { get; private init; } = [];
    /// <summary>Result types of each type in the type section.</summary>
    public ValueKind[][] TypeResults { get; private init; } = [];

    /// <summary>Type index of each function in the function index space.</summary>
    public uint[] FunctionTypes { get; private init; } = [];
    public int ImportedFunctionCount { get; private init; }

    /// <summary>Element type of each table in the table index space.</summary>
    public ValueKind[] TableKinds { get; private init; } = [];

    public int MemoryCount { get; private init; }

    /// <summary>Type of each global in the global index space.</summary>
    public GlobalType[] Globals { get; private init; } = [];
    /// <summary>Constant expressions of Wasm 2.0 may only read these: the imported globals.</summary>
    public int ImportedGlobalCount { get; private init; }

    /// <summary>Reference type of each element segment.</summary>
    public ValueKind[] ElementKinds { get; private init; } = [];

    /// <summary>How many data segments the data count section announces; data indices in code are checked against it.</summary>
    public uint DataCount { get; private init; }

    /// <summary>
    /// The spec's C.refs: functions referenced outside function bodies (element segments, global
    /// initializers, exports), the only ones ref.func may name inside a body.
    /// </summary>
    public bool[] DeclaredReferences { get; private init; } = [];

    /// <summary>Derives the index spaces; function type indices must already be known to be in range.</summary>
    public static ModuleContext Build(ModuleDefinition module)
    {
        var types = module.Types;
        var typeParameters = new ValueKind[types.Count][];
        var typeResults = new ValueKind[types.Count][];
        for (var i = 0; i < types.Count; i++)
        {
            typeParameters[i] = ToArray(types[i].Parameters);
            typeResults[i] = ToArray(types[i].Results);
        }

        int importedFunctions = 0, importedTables = 0, importedMemories = 0, importedGlobals = 0;
        foreach (var import in module.Imports)
        {
            switch (import.Kind)
            {
                case ExternalKind.Function: importedFunctions++; break;
                case ExternalKind.Table: importedTables++; break;
                case ExternalKind.Memory: importedMemories++; break;
                case ExternalKind.Global: importedGlobals++; break;
            }
        }

        var functionTypes = new uint[importedFunctions + module.FunctionTypeIndices.Count];
        var tableKinds = new ValueKind[importedTables + module.Tables.Count];
        var globals = new GlobalType[importedGlobals + module.Globals.Count];
        int function = 0, table = 0, global = 0;
        foreach (var import in module.Imports)
        {
            switch (import.Kind)
            {
                case ExternalKind.Function: functionTypes[function++] = import.FunctionTypeIndex; break;
                case ExternalKind.Table: tableKinds[table++] = import.TableType!.ElementKind; break;
                case ExternalKind.Global: globals[global++] = import.GlobalType!; break;
            }
        }
        foreach (var typeIndex in module.FunctionTypeIndices) functionTypes[function++] = typeIndex;
        foreach (var definition in module.Tables) tableKinds[table++] = definition.ElementKind;
        foreach (var definition in module.Globals) globals[global++] = definition.Type;

        var elementKinds = new ValueKind[module.Elements.Count];
        for (var i = 0; i < elementKinds.Length; i++) elementKinds[i] = module.Elements[i].ElementKind;

        return new ModuleContext(module)
        {
            TypeParameters = typeParameters,
            TypeResults = typeResults,
            FunctionTypes = functionTypes,
            ImportedFunctionCount = importedFunctions,
            TableKinds = tableKinds,
            MemoryCount = importedMemories + module.Memories.Count,
            Globals = globals,
            ImportedGlobalCount = importedGlobals,
            ElementKinds = elementKinds,
            // The decoder refuses data.drop and memory.init without a data count section; a model
            // built by other means falls back to the segments it holds.
            DataCount = module.DataCount ?? (uint)module.Datas.Count,
            DeclaredReferences = CollectDeclaredReferences(module, functionTypes.Length),
        };
    }

    private static bool[] CollectDeclaredReferences(ModuleDefinition module, int functionCount)
    {
        var declared = new bool[functionCount];

        void Scan(ConstantExpression? expression)
        {
            if (expression is null) return;
            foreach (var instruction in expression.Instructions)
            {
                if (instruction.Op == Opcode.RefFunc && instruction.A < (ulong)functionCount)
                    declared[instruction.A] = true;
            }
        }

        foreach (var global in module.Globals) Scan(global.Initializer);
        foreach (var segment in module.Elements)
        {
            Scan(segment.Offset);
            foreach (var item in segment.Items) Scan(item);
        }
        foreach (var segment in module.Datas) Scan(segment.Offset);
        foreach (var export in module.Exports)
        {
            if (export.Kind == ExternalKind.Function && export.Index < (uint)functionCount)
                declared[export.Index] = true;
        }
        return declared;
    }

    private static ValueKind[] ToArray(IReadOnlyList<ValueKind> kinds)
    {
        if (kinds.Count == 0) return [];
        var array = new ValueKind[kinds.Count];
        for (var i = 0; i < array.Length; i++) array[i] = kinds[i];
        return array;
    }
}
