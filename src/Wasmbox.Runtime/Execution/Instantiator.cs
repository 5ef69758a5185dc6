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

        var context = new InstanceContext(store.Context) { Module = module };
        var functions = new Function?[definition.TotalFunctionCount];
        var tables = new List<Table>(definition.TotalTableCount);
        var memories = new List<Memory>(definition.TotalMemoryCount);
        var globals = new List<Global>(definition.TotalGlobalCount);

        var importedFunctions = 0;
        for (var i = 0; i < imports.Count; i++)
        {
            var import = definition.Imports[i];
            var provided = imports[i];
            switch (import.Kind)
            {
                case ExternalKind.Function:
                    functions[importedFunctions++] = MatchFunction(store, import, definition.Types[(int)import.FunctionTypeIndex], provided, context);
                    break;
                case ExternalKind.Table:
                    tables.Add(MatchTable(import, provided));
                    break;
                case ExternalKind.Memory:
                    memories.Add(MatchMemory(store, import, provided));
                    break;
                case ExternalKind.Global:
                    globals.Add(MatchGlobal(import, provided));
                    break;
            }
        }

        foreach (var tableType in definition.Tables) tables.Add(store.CreateTable(tableType));
        foreach (var memoryType in definition.Memories) memories.Add(store.CreateMemory(memoryType));

        context.Functions = functions;
        context.Tables = tables.ToArray();
        context.Memories = memories.ToArray();
        context.Memory0 = memories.Count > 0 ? memories[0] : null;
        // A global's initializer may read only imported globals, which are all in place already.
        var allGlobals = new Global[definition.TotalGlobalCount];
        globals.CopyTo(allGlobals);
        context.Globals = allGlobals;
        for (var i = 0; i < definition.Globals.Count; i++)
        {
            var global = definition.Globals[i];
            allGlobals[globals.Count + i] = new Global(global.Type, ConstantEvaluator.Evaluate(global.Initializer, context));
        }

        context.ElementSegments = definition.Elements
            .Select(e => (object?[]?)e.Items.Select(item => ConstantEvaluator.Evaluate(item, context).Reference).ToArray())
            .ToArray();
        context.DataSegments = definition.Datas.Select(d => d.Bytes).ToArray();

        var instance = new Instance(module, context);
        context.Instance = instance;
        store.Adopt(instance);

        store.Run(() =>
        {
            ApplyElementSegments(definition, context);
            ApplyDataSegments(module, context);
            if (definition.StartFunction is { } start)
            {
                var function = context.FunctionAt((int)start);
                store.Engine.Trampolines.For(function.Type)(function, [], []);
            }
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

    private static void ApplyDataSegments(Module module, InstanceContext context)
    {
        var definition = module.Definition;
        if (module.DataImage is { } image)
        {
            // Every active segment fits (DataSegmentImage checks), so writing them all at once
            // is what writing them one by one would have done.
            image.ApplyTo(context.Memory0!);
            for (var i = 0; i < definition.Datas.Count; i++)
            {
                if (definition.Datas[i].Mode == SegmentMode.Active) context.DataSegments[i] = default;
            }
            return;
        }
        for (var i = 0; i < definition.Datas.Count; i++)
        {
            var segment = definition.Datas[i];
            if (segment.Mode != SegmentMode.Active) continue;
            var offset = ConstantEvaluator.Evaluate(segment.Offset!, context).AsI32();
            RuntimeSupport.MemoryInit(offset, 0, segment.Bytes.Length, context, i);
            context.DataSegments[i] = default;
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

    private static Memory MatchMemory(Store store, Import import, object provided)
    {
        var expected = import.MemoryType!;
        if (provided is not Memory memory || !memory.CurrentType.Limits.Satisfies(expected.Limits))
            throw Incompatible(import, expected, provided);
        // Another store may release its memory while this one runs in it (and the region be
        // reused by a third): only memories of this store, or made by the host, can be shared.
        if (memory.Owner is { } owner && owner != store)
            throw new LinkException($"import {import.Module}.{import.Name} is a memory of another store");
        return memory;
    }

    private static Global MatchGlobal(Import import, object provided)
    {
        var expected = import.GlobalType!;
        if (provided is not Global global || global.Type != expected) throw Incompatible(import, expected, provided);
        return global;
    }
}
