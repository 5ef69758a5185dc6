namespace Wasmbox.Runtime.Binary;

/// <summary>A decoded module, as the binary format describes it, before validation.</summary>
public sealed class ModuleDefinition
{
    public List<FunctionType> Types { get; } = new();
    public List<Import> Imports { get; } = new();
    /// <summary>Type index of each function defined in the module (not imported).</summary>
    public List<uint> FunctionTypeIndices { get; } = new();
    public List<TableType> Tables { get; } = new();
    public List<MemoryType> Memories { get; } = new();
    public List<GlobalDefinition> Globals { get; } = new();
    public List<Export> Exports { get; } = new();
    public uint? StartFunction { get; set; }
    public List<ElementSegment> Elements { get; } = new();
    /// <summary>The count from the data count section, when the module has one.</summary>
    public uint? DataCount { get; set; }
    public List<FunctionBody> Bodies { get; } = new();
    public List<DataSegment> Datas { get; } = new();
    public List<CustomSection> CustomSections { get; } = new();
    /// <summary>Sections in the order they appear, for inspection.</summary>
    public List<SectionInfo> Sections { get; } = new();
    /// <summary>Function names from the "name" custom section, by function index.</summary>
    public Dictionary<uint, string> FunctionNames { get; } = new();
    public string? ModuleName { get; set; }

    public int ImportedFunctionCount { get; private set; }
    public int ImportedTableCount { get; private set; }
    public int ImportedMemoryCount { get; private set; }
    public int ImportedGlobalCount { get; private set; }

    public int TotalFunctionCount => ImportedFunctionCount + FunctionTypeIndices.Count;
    public int TotalTableCount => ImportedTableCount + Tables.Count;
    public int TotalMemoryCount => ImportedMemoryCount + Memories.Count;
    public int TotalGlobalCount => ImportedGlobalCount + Globals.Count;

    /// <summary>Recounts imports by kind; the decoder calls it after reading the import section.</summary>
    public void CountImports()
    {
        importedFunctionTypes = Imports.Where(i => i.Kind == ExternalKind.Function).Select(i => i.FunctionTypeIndex).ToArray();
        ImportedFunctionCount = importedFunctionTypes.Length;
        ImportedTableCount = Imports.Count(i => i.Kind == ExternalKind.Table);
        ImportedMemoryCount = Imports.Count(i => i.Kind == ExternalKind.Memory);
        ImportedGlobalCount = Imports.Count(i => i.Kind == ExternalKind.Global);
    }

    private uint[] importedFunctionTypes = [];

    /// <summary>Type index of a function in the function index space (imports first).</summary>
    public uint FunctionTypeIndex(int functionIndex) =>
        functionIndex < ImportedFunctionCount
            ? importedFunctionTypes[functionIndex]
            : FunctionTypeIndices[functionIndex - ImportedFunctionCount];

    /// <summary>The signature of a function in the function index space.</summary>
    public FunctionType FunctionSignature(int functionIndex) => Types[(int)FunctionTypeIndex(functionIndex)];

    /// <summary>All table types in the table index space (imports first).</summary>
    public IEnumerable<TableType> AllTables() =>
        Imports.Where(i => i.Kind == ExternalKind.Table).Select(i => i.TableType!).Concat(Tables);

    public IEnumerable<MemoryType> AllMemories() =>
        Imports.Where(i => i.Kind == ExternalKind.Memory).Select(i => i.MemoryType!).Concat(Memories);

    public IEnumerable<GlobalType> AllGlobals() =>
        Imports.Where(i => i.Kind == ExternalKind.Global).Select(i => i.GlobalType!).Concat(Globals.Select(g => g.Type));

    /// <summary>
    /// A readable name for a function: its name-section name, else the name it is exported under
    /// (stripped release builds keep those), else "func[N]".
    /// </summary>
    public string FunctionDisplayName(int functionIndex)
    {
        if (FunctionNames.TryGetValue((uint)functionIndex, out var name)) return name;
        exportedFunctionNames ??= Exports.Where(e => e.Kind == ExternalKind.Function)
            .GroupBy(e => e.Index).ToDictionary(g => g.Key, g => g.First().Name);
        return exportedFunctionNames.TryGetValue((uint)functionIndex, out var exported) ? exported : $"func[{functionIndex}]";
    }

    private Dictionary<uint, string>? exportedFunctionNames;
}

/// <summary>One import: where it comes from and what type it must have.</summary>
public sealed record Import(string Module, string Name, ExternalKind Kind)
{
    public uint FunctionTypeIndex { get; init; }
    public TableType? TableType { get; init; }
    public MemoryType? MemoryType { get; init; }
    public GlobalType? GlobalType { get; init; }
}

/// <summary>One export: a name bound to an index in one index space.</summary>
public sealed record Export(string Name, ExternalKind Kind, uint Index);

/// <summary>A global defined by the module, with its initializer.</summary>
public sealed record GlobalDefinition(GlobalType Type, ConstantExpression Initializer);

/// <summary>A constant expression (global initializers, segment offsets, element items), without its final end.</summary>
public sealed record ConstantExpression(Instruction[] Instructions, int Offset);

public enum SegmentMode : byte
{
    Active,
    Passive,
    Declarative,
}

/// <summary>An element segment: references to place in a table (active) or keep for table.init (passive).</summary>
public sealed record ElementSegment(SegmentMode Mode, uint TableIndex, ConstantExpression? Offset, ValueKind ElementKind, ConstantExpression[] Items);

/// <summary>A data segment: bytes to place in memory (active) or keep for memory.init (passive).</summary>
public sealed record DataSegment(SegmentMode Mode, uint MemoryIndex, ConstantExpression? Offset, ReadOnlyMemory<byte> Bytes);

/// <summary>A custom section's name and contents.</summary>
public sealed record CustomSection(string Name, ReadOnlyMemory<byte> Contents);

/// <summary>Where a section sits in the binary, for "inspect".</summary>
/// <param name="Id">The section id (0 for custom sections).</param>
/// <param name="Name">The section's name ("type", "code", ...), or a custom section's own name.</param>
/// <param name="Offset">Byte offset of the section's contents, just after its size field.</param>
/// <param name="Size">The size of the contents, as the section declares it.</param>
public sealed record SectionInfo(byte Id, string Name, int Offset, int Size);

/// <summary>A function's locals and decoded code.</summary>
public sealed class FunctionBody
{
    public FunctionBody(LocalGroup[] localGroups, int localCount, Instruction[] code, int[] branchTargets, int offset, int size)
    {
        LocalGroups = localGroups;
        LocalCount = localCount;
        Code = code;
        BranchTargets = branchTargets;
        Offset = offset;
        Size = size;
    }

    /// <summary>Locals as declared: runs of the same type.</summary>
    public LocalGroup[] LocalGroups { get; }
    /// <summary>Number of declared locals (parameters not included).</summary>
    public int LocalCount { get; }
    /// <summary>The instructions, ending with the function's final end.</summary>
    public Instruction[] Code { get; }
    /// <summary>The label lists of every br_table in the body, one after another; each ends with its default.</summary>
    public int[] BranchTargets { get; }
    /// <summary>Byte offset of the body (its size field) in the module.</summary>
    public int Offset { get; }
    public int Size { get; }

    public IEnumerable<ValueKind> LocalKinds() => LocalGroups.SelectMany(g => Enumerable.Repeat(g.Kind, (int)g.Count));
}

/// <summary>A run of locals of one type, as the binary format declares them.</summary>
public readonly record struct LocalGroup(uint Count, ValueKind Kind);
