using System.Globalization;
using System.Runtime.InteropServices;
using Wasmbox.Runtime;

namespace Wasmbox.Fuzz.Differential;

/// <summary>The "memory PAGES HASH" event: the same hash v8-harness.js computes (h = h * 31 + word over little-endian 32-bit words).</summary>
internal static class MemoryHash
{
    public static TraceEvent Event(Memory memory)
    {
        var hash = 0;
        foreach (var word in MemoryMarshal.Cast<byte, int>(memory.Span)) hash = unchecked(hash * 31 + word);
        var pages = (memory.Length / MemoryType.PageSize).ToString(CultureInfo.InvariantCulture);
        return TraceEvent.Of(TraceEventKind.Memory, $"{pages} {hash.ToString(CultureInfo.InvariantCulture)}");
    }
}
