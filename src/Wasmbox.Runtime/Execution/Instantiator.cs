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
        var context = Link(store, module, imports, null);
        var importedGlobals = definition.TotalGlobalCount - definition.Globals.Count;
        // A global's initializer may read only imported globals, which are all in place already.
        for (var i = 0; i < definition.Globals.Count; i++)
        {
            var global = definition.Globals[i];
            context.Globals[importedGlobals + i] = new Global(global.Type, ConstantEvaluator.Evaluate(global.Initializer, context));
        }
        context.ElementSegments = definition.Elements.Select(e => (object?[]?)Items(e, context)).ToArray();
        context.DataSegments = definition.Datas.Select(d => d.Bytes).ToArray();

        var instance = Adopt(store, module, context);
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

    /// <summary>
    /// An instance as a snapshot captured one: its memory from the image, its globals and tables
    /// as they were, the same segments dropped; neither segments nor the start function run.
    /// </summary>
    public static Instance Instantiate(Store store, Module module, IReadOnlyList<object> imports, InstanceState state)
    {
        var definition = module.Definition;
        var context = Link(store, module, imports, state);
        var importedGlobals = definition.TotalGlobalCount - definition.Globals.Count;
        for (var i = 0; i < definition.Globals.Count; i++)
            context.Globals[importedGlobals + i] = new Global(definition.Globals[i].Type, state.Globals[i].In(context));
        context.ElementSegments = definition.Elements
            .Select((e, i) => state.DroppedElements[i] ? null : (object?[]?)Items(e, context)).ToArray();
        context.DataSegments = definition.Datas.Select((d, i) => state.DroppedData[i] ? default : d.Bytes).ToArray();

        var importedTables = definition.TotalTableCount - definition.Tables.Count;
        for (var t = 0; t < state.Tables.Length; t++)
        {
            var table = context.Tables[importedTables + t];
            var captured = state.Tables[t].FunctionIndices;
            for (var e = 0; e < captured.Length; e++)
                table.Elements[e] = captured[e] >= 0 ? context.FunctionAt(captured[e]) : null;
        }
        if (state.Memory is { } image) image.ApplyTo(context.Memory0!);
        return Adopt(store, module, context);
    }

    /// <summary>
    /// Matches the imports and creates the module's own tables and memories (sized as
    /// <paramref name="state"/> had them, when given); the globals array has the imported ones in place.
    /// </summary>
    private static InstanceContext Link(Store store, Module module, IReadOnlyList<object> imports, InstanceState? state)
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

        for (var t = 0; t < definition.Tables.Count; t++)
        {
            var table = store.CreateTable(definition.Tables[t]);
            if (state is not null && table.Grow((uint)(state.Tables[t].Size - table.Count), null) < 0)
                throw new ResourceLimitException($"store table limit exceeded: the snapshot's table {tables.Count} has {state.Tables[t].Size} elements");
            tables.Add(table);
        }
        foreach (var memoryType in definition.Memories)
        {
            // A snapshot's memory starts at the captured size: growing it after costs another
            // mprotect, which flushes the TLBs of every core the process runs on.
            var memory = store.CreateMemory(memoryType, state?.MemoryPages);
            memories.Add(memory);
        }

        context.Functions = functions;
        context.Tables = tables.ToArray();
        context.Memories = memories.ToArray();
        context.Memory0 = memories.Count > 0 ? memories[0] : null;
        var allGlobals = new Global[definition.TotalGlobalCount];
        globals.CopyTo(allGlobals);
        context.Globals = allGlobals;
        return context;
    }

    private static object?[] Items(ElementSegment segment, InstanceContext context) =>
        segment.Items.Select(item => ConstantEvaluator.Evaluate(item, context).Reference).ToArray();

    private static Instance Adopt(Store store, Module module, InstanceContext context)
    {
        var instance = new Instance(module, context);
        context.Instance = instance;
        store.Adopt(instance);
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
