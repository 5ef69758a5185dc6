using Wasmbox.Runtime;
using Wasmbox.Wasi.Abi;

namespace Wasmbox.Wasi.Functions;

/// <summary>args_* and environ_*: only what the configuration granted.</summary>
internal static class ArgumentsAndEnvironment
{
    public static void AddTo(WasiFunctionTable.Builder table)
    {
        table.Add("args_get", "ii", (c, m, a) => Get(c.Arguments, m, a[0].U32(), a[1].U32()));
        table.Add("args_sizes_get", "ii", (c, m, a) => Sizes(c.Arguments, m, a[0].U32(), a[1].U32()));
        table.Add("environ_get", "ii", (c, m, a) => Get(c.Environment, m, a[0].U32(), a[1].U32()));
        table.Add("environ_sizes_get", "ii", (c, m, a) => Sizes(c.Environment, m, a[0].U32(), a[1].U32()));
    }

    private static Errno Sizes(StringBlock block, GuestMemory memory, uint countAddress, uint sizeAddress)
    {
        memory.WriteU32(countAddress, (uint)block.Count);
        memory.WriteU32(sizeAddress, (uint)block.Bytes.Length);
        return Errno.Success;
    }

    private static Errno Get(StringBlock block, GuestMemory memory, uint pointers, uint buffer)
    {
        // Check both areas first, so a bad pointer changes nothing.
        memory.Span(pointers, (uint)block.Count * 4);
        block.Bytes.CopyTo(memory.Span(buffer, (uint)block.Bytes.Length));
        for (var i = 0; i < block.Count; i++)
            memory.WriteU32(pointers + (uint)i * 4, buffer + block.Offsets[i]);
        return Errno.Success;
    }
}
