namespace Wasmbox.Runtime.Binary;

/// <summary>
/// Decodes a WebAssembly 2.0 binary into a <see cref="ModuleDefinition"/>. Reports a malformed binary
/// with <see cref="MalformedModuleException"/> and the spec's reason; leaves validation to the validator.
/// </summary>
public static class ModuleReader
{
    private const uint Magic = 0x6D736100; // "\0asm"
    private const uint Version = 1;

    private const byte CustomId = 0;
    private const byte TypeId = 1;
    private const byte ImportId = 2;
    private const byte FunctionId = 3;
    private const byte TableId = 4;
    private const byte MemoryId = 5;
    private const byte GlobalId = 6;
    private const byte ExportId = 7;
    private const byte StartId = 8;
    private const byte ElementId = 9;
    private const byte CodeId = 10;
    private const byte DataId = 11;
    private const byte DataCountId = 12;

    private static readonly string[] SectionNames =
        ["custom", "type", "import", "function", "table", "memory", "global", "export", "start", "element", "code", "data", "datacount"];

    /// <summary>Decodes every section of a module binary.</summary>
    /// <exception cref="MalformedModuleException">The bytes are not a well-formed module.</exception>
    public static ModuleDefinition Read(ReadOnlyMemory<byte> bytes) => Read(bytes, decodeCode: true);

    /// <summary>
    /// Decodes every section but leaves function bodies undecoded (their <see cref="FunctionBody.Code"/>
    /// is empty): what running code compiled earlier needs, in a fraction of the time.
    /// </summary>
    internal static ModuleDefinition ReadWithoutCode(ReadOnlyMemory<byte> bytes) => Read(bytes, decodeCode: false);

    private static ModuleDefinition Read(ReadOnlyMemory<byte> bytes, bool decodeCode)
    {
        var reader = new WasmReader(bytes.Span);
        ReadHeader(ref reader);

        var module = new ModuleDefinition();
        int lastOrder = 0;
        var instructions = new InstructionReader();
        bool usesDataIndex = false;
        while (!reader.AtEnd)
        {
            int idAt = reader.Position;
            byte id = reader.ReadByte();
            if (id > DataCountId) throw reader.Error("malformed section id", idAt);
            if (id != CustomId)
            {
                // Custom sections go anywhere; the others once each, in order (data count before code).
                int order = Order(id);
                if (order <= lastOrder) throw reader.Error("unexpected content after last section", idAt);
                lastOrder = order;
            }

            int size = reader.ReadLength();
            int start = reader.Position;
            string name;
            if (id == CustomId)
            {
                name = ReadCustomSection(ref reader, module, start + size);
            }
            else
            {
                name = SectionNames[id];
                ReadSection(ref reader, module, id, instructions, decodeCode, ref usesDataIndex);
            }

            // Sections are read against the whole module and checked afterwards, as the reference decoder
            // does, so the spec test suite's expected reasons come out for truncated or overlong contents.
            if (reader.Position != start + size) throw reader.Error("section size mismatch", start);
            module.Sections.Add(new SectionInfo(id, name, start, size));
        }

        int end = reader.Length;
        if (module.FunctionTypeIndices.Count != module.Bodies.Count)
            throw reader.Error("function and code section have inconsistent lengths", end);
        if (module.DataCount is { } dataCount && dataCount != module.Datas.Count)
            throw reader.Error("data count and data section have inconsistent lengths", end);
        if (module.DataCount is null && usesDataIndex)
            throw reader.Error("data count section required", end);
        return module;
    }

    private static void ReadHeader(ref WasmReader reader)
    {
        // The header has its own wording for truncation: nothing after it has started yet.
        if (reader.Length < 4) throw reader.Error("unexpected end", reader.Length);
        if (reader.ReadFixedU32() != Magic) throw reader.Error("magic header not detected", 0);
        if (reader.Length < 8) throw reader.Error("unexpected end", reader.Length);
        if (reader.ReadFixedU32() != Version) throw reader.Error("unknown binary version", 4);
    }

    /// <summary>Position of a non-custom section in the required order; data count sits between element and code.</summary>
    private static int Order(byte id) => id switch
    {
        DataCountId => 2 * ElementId + 1,
        _ => 2 * id,
    };

    private static string ReadCustomSection(ref WasmReader reader, ModuleDefinition module, int end)
    {
        string name = reader.ReadName();
        int contentStart = reader.Position;
        if (contentStart > end) throw reader.Error(WasmReader.UnexpectedEnd, end);
        var contents = reader.ReadBytes(end - contentStart);
        if (name == "name" && !module.CustomSections.Any(c => c.Name == "name"))
            NameSectionReader.Apply(module, contents, reader.OffsetOf(contentStart));
        // Copied so the module does not keep, or change with, the caller's buffer.
        module.CustomSections.Add(new CustomSection(name, contents.ToArray()));
        return name;
    }

    private static void ReadSection(ref WasmReader reader, ModuleDefinition module, byte id, InstructionReader instructions,
        bool decodeCode, ref bool usesDataIndex)
    {
        switch (id)
        {
            case TypeId:
                for (int i = 0, n = reader.ReadLength(); i < n; i++) module.Types.Add(TypeReader.ReadFunctionType(ref reader));
                break;
            case ImportId:
                for (int i = 0, n = reader.ReadLength(); i < n; i++) module.Imports.Add(ReadImport(ref reader));
                module.CountImports();
                break;
            case FunctionId:
                for (int i = 0, n = reader.ReadLength(); i < n; i++) module.FunctionTypeIndices.Add(reader.ReadU32());
                break;
            case TableId:
                for (int i = 0, n = reader.ReadLength(); i < n; i++) module.Tables.Add(TypeReader.ReadTableType(ref reader));
                break;
            case MemoryId:
                for (int i = 0, n = reader.ReadLength(); i < n; i++) module.Memories.Add(TypeReader.ReadMemoryType(ref reader));
                break;
            case GlobalId:
                for (int i = 0, n = reader.ReadLength(); i < n; i++)
                {
                    var type = TypeReader.ReadGlobalType(ref reader);
                    module.Globals.Add(new GlobalDefinition(type, ConstantExpressionReader.Read(ref reader, instructions)));
                }
                break;
            case ExportId:
                for (int i = 0, n = reader.ReadLength(); i < n; i++) module.Exports.Add(ReadExport(ref reader));
                break;
            case StartId:
                module.StartFunction = reader.ReadU32();
                break;
            case ElementId:
                for (int i = 0, n = reader.ReadLength(); i < n; i++) module.Elements.Add(ElementSegmentReader.Read(ref reader, instructions));
                break;
            case DataCountId:
                module.DataCount = reader.ReadU32();
                break;
            case CodeId when !decodeCode:
                for (int i = 0, n = reader.ReadLength(); i < n; i++) module.Bodies.Add(CodeReader.SkipBody(ref reader));
                break;
            case CodeId:
                for (int i = 0, n = reader.ReadLength(); i < n; i++)
                {
                    module.Bodies.Add(CodeReader.ReadBody(ref reader, instructions, ParameterCount(module, i)));
                    // Only function bodies count, as in the spec; a constant expression using them is invalid anyway.
                    usesDataIndex |= instructions.UsesDataIndex;
                }
                break;
            case DataId:
                for (int i = 0, n = reader.ReadLength(); i < n; i++) module.Datas.Add(DataSegmentReader.Read(ref reader, instructions));
                break;
        }
    }

    private static Import ReadImport(ref WasmReader reader)
    {
        string moduleName = reader.ReadName();
        string name = reader.ReadName();
        int at = reader.Position;
        byte kind = reader.ReadByte();
        return kind switch
        {
            (byte)ExternalKind.Function => new Import(moduleName, name, ExternalKind.Function) { FunctionTypeIndex = reader.ReadU32() },
            (byte)ExternalKind.Table => new Import(moduleName, name, ExternalKind.Table) { TableType = TypeReader.ReadTableType(ref reader) },
            (byte)ExternalKind.Memory => new Import(moduleName, name, ExternalKind.Memory) { MemoryType = TypeReader.ReadMemoryType(ref reader) },
            (byte)ExternalKind.Global => new Import(moduleName, name, ExternalKind.Global) { GlobalType = TypeReader.ReadGlobalType(ref reader) },
            _ => throw reader.Error("malformed import kind", at),
        };
    }

    private static Export ReadExport(ref WasmReader reader)
    {
        string name = reader.ReadName();
        int at = reader.Position;
        byte kind = reader.ReadByte();
        if (kind > (byte)ExternalKind.Global) throw reader.Error("malformed export kind", at);
        return new Export(name, (ExternalKind)kind, reader.ReadU32());
    }

    /// <summary>The parameter count of the i-th defined function, when its type is known yet (0 otherwise: validation reports the bad index).</summary>
    private static int ParameterCount(ModuleDefinition module, int definedIndex) =>
        definedIndex < module.FunctionTypeIndices.Count && module.FunctionTypeIndices[definedIndex] < (uint)module.Types.Count
            ? module.Types[(int)module.FunctionTypeIndices[definedIndex]].Parameters.Count
            : 0;
}
