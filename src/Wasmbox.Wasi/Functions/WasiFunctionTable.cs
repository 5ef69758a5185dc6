using Wasmbox.Runtime;
using Wasmbox.Wasi.Abi;

namespace Wasmbox.Wasi.Functions;

/// <summary>The body of a WASI function: reads its arguments, does the work, answers an errno.</summary>
internal delegate Errno WasiFunction(WasiContext context, GuestMemory memory, ReadOnlySpan<Value> arguments);

/// <summary>One import of wasi_snapshot_preview1: its name, Wasm type and body.</summary>
internal sealed record WasiFunctionEntry(string Name, FunctionType Type, WasiFunction Body, bool ReturnsErrno);

/// <summary>Every function of wasi_snapshot_preview1, gathered from the files for each area.</summary>
internal static class WasiFunctionTable
{
    public static IReadOnlyList<WasiFunctionEntry> All { get; } = Build();

    private static List<WasiFunctionEntry> Build()
    {
        var table = new Builder();
        ArgumentsAndEnvironment.AddTo(table);
        ClockFunctions.AddTo(table);
        DescriptorFunctions.AddTo(table);
        FileFunctions.AddTo(table);
        DirectoryFunctions.AddTo(table);
        PathFunctions.AddTo(table);
        PollFunctions.AddTo(table);
        ProcessFunctions.AddTo(table);
        RandomFunctions.AddTo(table);
        SocketFunctions.AddTo(table);
        return table.Entries;
    }

    /// <summary>Collects entries; a signature is written one letter per parameter: i for i32, I for i64.</summary>
    internal sealed class Builder
    {
        public List<WasiFunctionEntry> Entries { get; } = [];

        public void Add(string name, string parameters, WasiFunction body) => Add(name, parameters, body, returnsErrno: true);

        public void Add(string name, string parameters, WasiFunction body, bool returnsErrno)
        {
            var kinds = parameters.Select(c => c == 'I' ? ValueKind.I64 : ValueKind.I32).ToArray();
            var type = new FunctionType(kinds, returnsErrno ? [ValueKind.I32] : []);
            Entries.Add(new WasiFunctionEntry(name, type, body, returnsErrno));
        }
    }
}

/// <summary>Reads WASI's unsigned arguments out of untyped values.</summary>
internal static class ArgumentValues
{
    public static uint U32(this Value value) => (uint)value.RawBits;
    public static ulong U64(this Value value) => (ulong)value.RawBits;
    public static long S64(this Value value) => value.RawBits;
}
