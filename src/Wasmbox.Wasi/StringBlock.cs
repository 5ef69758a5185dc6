using System.Text;

namespace Wasmbox.Wasi;

/// <summary>Arguments or environment strings laid out as args_get/environ_get hand them over: UTF-8, NUL-terminated.</summary>
internal sealed class StringBlock
{
    public StringBlock(IEnumerable<string> strings)
    {
        var encoded = strings.Select(s => Encoding.UTF8.GetBytes(s + "\0")).ToList();
        Count = encoded.Count;
        Offsets = new uint[Count];
        Bytes = new byte[encoded.Sum(e => e.Length)];
        var offset = 0;
        for (var i = 0; i < Count; i++)
        {
            Offsets[i] = (uint)offset;
            encoded[i].CopyTo(Bytes, offset);
            offset += encoded[i].Length;
        }
    }

    public int Count { get; }

    /// <summary>Where each string starts in <see cref="Bytes"/>.</summary>
    public uint[] Offsets { get; }

    public byte[] Bytes { get; }
}
