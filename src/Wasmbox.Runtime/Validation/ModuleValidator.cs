using Wasmbox.Runtime.Binary;

namespace Wasmbox.Runtime.Validation;

/// <summary>
/// Applies the WebAssembly 2.0 validation rules to a decoded module and refuses it with an
/// <see cref="InvalidModuleException"/> naming the first rule broken and where.
/// </summary>
public static class ModuleValidator
{
    /// <summary>Throws <see cref="InvalidModuleException"/> when the module is not valid.</summary>
    /// <remarks>
    /// Rules are checked in the order of the reference interpreter, so a module breaking two rules
    /// reports the one the spec test suite expects. Reasons start with the suite's wording
    /// ("type mismatch", "unknown global 3") and may add a detail after a colon.
    /// </remarks>
    public static void Validate(ModuleDefinition module)
    {
        ArgumentNullException.ThrowIfNull(module);

        CheckImports(module);
        CheckFunctionDeclarations(module);
        var context = ModuleContext.Build(module);

        CheckGlobals(context);
        for (var i = 0; i < module.Tables.Count; i++)
            CheckTableType(module.Tables[i], $"in table {context.TableKinds.Length - module.Tables.Count + i}");
        for (var i = 0; i < module.Memories.Count; i++)
            CheckMemoryType(module.Memories[i], $"in memory {context.MemoryCount - module.Memories.Count + i}");
        CheckElementSegments(context);
        CheckDataSegments(context);
        CheckBodies(context);
        CheckStart(context);
        CheckExports(context);

        if (context.MemoryCount > 1)
            throw new InvalidModuleException("multiple memories", "in memory 1");
    }

    private static void CheckImports(ModuleDefinition module)
    {
        foreach (var import in module.Imports)
        {
            var location = $"in import \"{import.Module}\" \"{import.Name}\"";
            switch (import.Kind)
            {
                case ExternalKind.Function:
                    if (import.FunctionTypeIndex >= (uint)module.Types.Count)
                        throw new InvalidModuleException($"unknown type {import.FunctionTypeIndex}", location);
                    break;
                case ExternalKind.Table:
                    CheckTableType(import.TableType ?? throw Malformed(location), location);
                    break;
                case ExternalKind.Memory:
                    CheckMemoryType(import.MemoryType ?? throw Malformed(location), location);
                    break;
                case ExternalKind.Global:
                    if (import.GlobalType is null) throw Malformed(location);
                    break;
                default:
                    throw Malformed(location);
            }
        }

        static InvalidModuleException Malformed(string location) => new("malformed import kind", location);
    }

    private static void CheckFunctionDeclarations(ModuleDefinition module)
    {
        var importedFunctions = 0;
        foreach (var import in module.Imports)
        {
            if (import.Kind == ExternalKind.Function) importedFunctions++;
        }

        var typeCount = (uint)module.Types.Count;
        for (var i = 0; i < module.FunctionTypeIndices.Count; i++)
        {
            var typeIndex = module.FunctionTypeIndices[i];
            if (typeIndex >= typeCount)
                throw new InvalidModuleException($"unknown type {typeIndex}", $"in function {importedFunctions + i}");
        }
    }

    private static void CheckTableType(TableType table, string location)
    {
        if (!table.ElementKind.IsReference())
            throw new InvalidModuleException("malformed reference type", location);
        CheckLimits(table.Limits, uint.MaxValue, "table size must be at most 2^32-1", location);
    }

    private static void CheckMemoryType(MemoryType memory, string location) =>
        CheckLimits(memory.Limits, MemoryType.MaxPages32, "memory size must be at most 65536 pages (4GiB)", location);

    private static void CheckLimits(Limits limits, ulong range, string rangeReason, string location)
    {
        if (limits.Minimum > range) throw new InvalidModuleException(rangeReason, location);
        if (limits.Maximum is not { } maximum) return;
        if (maximum > range) throw new InvalidModuleException(rangeReason, location);
        if (limits.Minimum > maximum)
            throw new InvalidModuleException("size minimum must not be greater than maximum", location);
    }

    private static void CheckGlobals(ModuleContext context)
    {
        var globals = context.Module.Globals;
        for (var i = 0; i < globals.Count; i++)
        {
            ConstantExpressionValidator.Validate(
                context, globals[i].Initializer, globals[i].Type.Kind, $"global {context.ImportedGlobalCount + i}");
        }
    }

    private static void CheckElementSegments(ModuleContext context)
    {
        var segments = context.Module.Elements;
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            var subject = $"element segment {i}";
            if (!segment.ElementKind.IsReference())
                throw new InvalidModuleException("malformed reference type", $"in {subject}");
            foreach (var item in segment.Items)
                ConstantExpressionValidator.Validate(context, item, segment.ElementKind, subject);

            if (segment.Mode != SegmentMode.Active) continue;
            if (segment.TableIndex >= (uint)context.TableKinds.Length)
                throw new InvalidModuleException($"unknown table {segment.TableIndex}", $"in {subject}");
            var tableKind = context.TableKinds[segment.TableIndex];
            if (tableKind != segment.ElementKind)
            {
                throw new InvalidModuleException(
                    $"type mismatch: segment holds {segment.ElementKind.Name()}, table {segment.TableIndex} holds {tableKind.Name()}",
                    $"in {subject}");
            }
            ConstantExpressionValidator.Validate(
                context, segment.Offset ?? throw MissingOffset(subject), ValueKind.I32, subject);
        }
    }

    private static void CheckDataSegments(ModuleContext context)
    {
        var segments = context.Module.Datas;
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            if (segment.Mode != SegmentMode.Active) continue;
            var subject = $"data segment {i}";
            if (segment.MemoryIndex >= (uint)context.MemoryCount)
                throw new InvalidModuleException($"unknown memory {segment.MemoryIndex}", $"in {subject}");
            ConstantExpressionValidator.Validate(
                context, segment.Offset ?? throw MissingOffset(subject), ValueKind.I32, subject);
        }
    }

    private static InvalidModuleException MissingOffset(string subject) =>
        new("active segment without an offset", $"in {subject}");

    private static void CheckBodies(ModuleContext context)
    {
        var module = context.Module;
        if (module.Bodies.Count != module.FunctionTypeIndices.Count)
            throw new InvalidModuleException("function and code section have inconsistent lengths", "");

        new FunctionValidator(context).ValidateBodies(module.Bodies);
    }

    private static void CheckStart(ModuleContext context)
    {
        if (context.Module.StartFunction is not { } start) return;
        const string location = "in start function";
        if (start >= (uint)context.FunctionTypes.Length)
            throw new InvalidModuleException($"unknown function {start}", location);
        var type = context.FunctionTypes[start];
        if (context.TypeParameters[type].Length != 0 || context.TypeResults[type].Length != 0)
            throw new InvalidModuleException("start function must not have parameters or results", location);
    }

    private static void CheckExports(ModuleContext context)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var export in context.Module.Exports)
        {
            var location = $"in export \"{export.Name}\"";
            var (count, space) = export.Kind switch
            {
                ExternalKind.Function => (context.FunctionTypes.Length, "function"),
                ExternalKind.Table => (context.TableKinds.Length, "table"),
                ExternalKind.Memory => (context.MemoryCount, "memory"),
                ExternalKind.Global => (context.Globals.Length, "global"),
                _ => throw new InvalidModuleException("malformed export kind", location),
            };
            if (export.Index >= (uint)count)
                throw new InvalidModuleException($"unknown {space} {export.Index}", location);
            if (!names.Add(export.Name))
                throw new InvalidModuleException("duplicate export name", location);
        }
    }
}
