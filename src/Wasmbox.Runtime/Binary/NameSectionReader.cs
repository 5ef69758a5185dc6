namespace Wasmbox.Runtime.Binary;

/// <summary>
/// Reads the module name and function names from the "name" custom section. The spec makes this
/// section advisory: a malformed one is ignored as a whole, never an error.
/// </summary>
internal static class NameSectionReader
{
    private const byte ModuleNameId = 0;
    private const byte FunctionNamesId = 1;

    /// <summary>Applies the names to <paramref name="module"/> when the whole section is well formed.</summary>
    /// <param name="module">Receives the module name and function names.</param>
    /// <param name="contents">The section's contents after its name.</param>
    /// <param name="baseOffset">Module offset of <paramref name="contents"/>.</param>
    public static void Apply(ModuleDefinition module, ReadOnlySpan<byte> contents, int baseOffset)
    {
        string? moduleName = null;
        var functionNames = new Dictionary<uint, string>();
        try
        {
            Read(new WasmReader(contents, baseOffset), ref moduleName, functionNames);
        }
        catch (MalformedModuleException)
        {
            return;
        }

        module.ModuleName = moduleName;
        foreach (var (index, name) in functionNames) module.FunctionNames[index] = name;
    }

    private static void Read(WasmReader reader, ref string? moduleName, Dictionary<uint, string> functionNames)
    {
        int lastId = -1;
        while (!reader.AtEnd)
        {
            int at = reader.Position;
            byte id = reader.ReadByte();
            // Subsections come at most once each, in increasing order of id.
            if (id <= lastId) throw reader.Error("out-of-order name subsection", at);
            lastId = id;

            int size = reader.ReadLength();
            var sub = new WasmReader(reader.ReadBytes(size), reader.OffsetOf(reader.Position - size));
            switch (id)
            {
                case ModuleNameId:
                    moduleName = sub.ReadName();
                    break;
                case FunctionNamesId:
                    ReadNameMap(ref sub, functionNames);
                    break;
                default:
                    // Local, label, type and other names are not used; skip them unread.
                    continue;
            }

            if (!sub.AtEnd) throw sub.Error("name subsection size mismatch", sub.Position);
        }
    }

    private static void ReadNameMap(ref WasmReader reader, Dictionary<uint, string> names)
    {
        int count = reader.ReadLength();
        long previous = -1;
        for (int i = 0; i < count; i++)
        {
            int at = reader.Position;
            uint index = reader.ReadU32();
            if (index <= previous) throw reader.Error("function names out of order", at);
            previous = index;
            names[index] = reader.ReadName();
        }
    }
}
