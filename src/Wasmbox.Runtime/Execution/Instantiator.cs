using Wasmbox.Runtime.Binary;

namespace Wasmbox.Runtime.Execution;

/// <summary>
/// Builds an instance: checks imports against the module's import types, creates memories,
/// tables and globals, applies active segments in order, then runs the start function.
/// </summary>
internal static class Instantiator
{
    public static Instance Instantiate(Store store, Module module, IReadOnlyList<object> imports)
    {
        var definition = module.Definition;
        if (imports.Count != definition.Imports.Count)
            throw new LinkException($"module needs {definition.Imports.Count} imports, {imports.Count} given");

        var context = new InstanceContext(store.Context);
        var functions = new List<Function>(definition.TotalFunctionCount);
        var tables = new List<Table>(definition.TotalTableCount);
        var memories = new List<Memory>(definition.TotalMemoryCount);
        var globals = new List<Global>(definition.TotalGlobalCount);

        for (var i = 0; i < imports.Count; i++)
        {
            var import = definition.Imports[i];
            var provided = imports[i];
            switch (import.Kind)
            {
                case ExternalKind.Function:
                    functions.Add(MatchFunction(store, import, definition.Types[(int)import.FunctionTypeIndex], provided, context));
                    break;
                case ExternalKind.Table:
                    tables.Add(MatchTable(import, provided));
                    break;
                case ExternalKind.Memory:
                    memories.Add(MatchMemory(import, provided));
                    break;
                case ExternalKind.Global:
                    globals.Add(MatchGlobal(import, provided));
                    break;
            }
        }

        var compiled = module.Compiled;
        for (var i = 0; i < definition.FunctionTypeIndices.Count; i++)
        {
            var index = definition.ImportedFunctionCount + i;
            functions.Add(new Function(store.Engine, definition.FunctionSignature(index), compiled.EntryPoints[i], context,
                compiled.Type, definition.FunctionDisplayName(index)));
        }
        foreach (var tableType in definition.Tables)
        {
            // Table's constructor throws ArgumentException past the engine's limit; a module asking
            // for that is refused like any instantiation that cannot be satisfied.
            if (tableType.Limits.Minimum > Table.MaxElements)
                throw new LinkException($"table of {tableType.Limits.Minimum} elements exceeds the engine's limit of {Table.MaxElements}");
            tables.Add(new Table(tableType));
        }
        foreach (var memoryType in definition.Memories)
        {
            var memory = new Memory(memoryType);
            store.Adopt(memory);
            memories.Add(memory);
        }

        context.Functions = functions.ToArray();
        context.Tables = tables.ToArray();
        context.Memories = memories.ToArray();
        context.Memory0 = memories.Count > 0 ? memories[0] : null;
        context.Globals = globals.ToArray();
        foreach (var global in definition.Globals)
        {
            globals.Add(new Global(global.Type, ConstantEvaluator.Evaluate(global.Initializer, context)));
            context.Globals = globals.ToArray();
        }

        context.ElementSegments = definition.Elements
            .Select(e => (object?[]?)e.Items.Select(item => ConstantEvaluator.Evaluate(item, context).Reference).ToArray())
            .ToArray();
        context.DataSegments = definition.Datas.Select(d => (byte[]?)d.Bytes.ToArray()).ToArray();

        var instance = new Instance(module, context);
        context.Instance = instance;
        store.Adopt(instance);

        store.Run(() =>
        {
            ApplyElementSegments(definition, context);
            ApplyDataSegments(definition, context);
            if (definition.StartFunction is { } start)
                store.Engine.Trampolines.For(context.Functions[start].Type)(context.Functions[start], [], []);
        });
        return instance;
    }

    private static void ApplyElementSegments(ModuleDefinition definition, InstanceContext context)
    {
        for (var i = 0; i < definition.Elements.Count; i++)
        {
            var segment = definition.Elements[i];
            if (segment.Mode == SegmentMode.Active)
            {
                var offset = ConstantEvaluator.Evaluate(segment.Offset!, context).AsI32();
                var items = context.ElementSegments[i]!;
                RuntimeSupport.TableInit(offset, 0, items.Length, context, i, (int)segment.TableIndex);
            }
            if (segment.Mode != SegmentMode.Passive) context.ElementSegments[i] = null;
        }
    }

    private static void ApplyDataSegments(ModuleDefinition definition, InstanceContext context)
    {
        for (var i = 0; i < definition.Datas.Count; i++)
        {
            var segment = definition.Datas[i];
            if (segment.Mode != SegmentMode.Active) continue;
            var offset = ConstantEvaluator.Evaluate(segment.Offset!, context).AsI32();
            RuntimeSupport.MemoryInit(offset, 0, segment.Bytes.Length, context, i);
            context.DataSegments[i] = null;
        }
    }

    private static LinkException Incompatible(Import import, object expected, object? actual) =>
        new($"incompatible import type for {import.Module}.{import.Name}: expected {expected}, got {actual switch
        {
            Function f => f.Type.ToString(),
            Table t => t.CurrentType.ToString(),
            Memory m => m.CurrentType.ToString(),
            Global g => g.Type.ToString(),
            HostFunctionDefinition h => h.Type.ToString(),
            null => "nothing",
            _ => actual.GetType().Name,
        }}");

    private static Function MatchFunction(Store store, Import import, FunctionType expected, object provided, InstanceContext importer)
    {
        var function = provided switch
        {
            HostFunctionDefinition host => host.Bind(store, importer),
            Function f => f,
            _ => throw Incompatible(import, expected, provided),
        };
        if (!function.Type.Equals(expected)) throw Incompatible(import, expected, provided);
        if (function.Engine != store.Engine)
            throw new LinkException($"import {import.Module}.{import.Name} comes from another engine");
        return function;
    }

    private static Table MatchTable(Import import, object provided)
    {
        var expected = import.TableType!;
        if (provided is not Table table || table.ElementKind != expected.ElementKind ||
            !table.CurrentType.Limits.Satisfies(expected.Limits))
            throw Incompatible(import, expected, provided);
        return table;
    }

    private static Memory MatchMemory(Import import, object provided)
    {
        var expected = import.MemoryType!;
        if (provided is not Memory memory || !memory.CurrentType.Limits.Satisfies(expected.Limits))
            throw Incompatible(import, expected, provided);
        return memory;
    }

    private static Global MatchGlobal(Import import, object provided)
    {
        var expected = import.GlobalType!;
        if (provided is not Global global || global.Type != expected) throw Incompatible(import, expected, provided);
        return global;
    }
}
