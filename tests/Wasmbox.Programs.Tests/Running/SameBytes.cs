using System.Text;

namespace Wasmbox.Programs.Tests.Running;

/// <summary>Asserts two byte streams are identical and, when not, shows where they part as text a person can read.</summary>
internal static class SameBytes
{
    public static void Assert(string what, byte[] native, byte[] wasm)
    {
        if (native.AsSpan().SequenceEqual(wasm)) return;
        var first = native.AsSpan().CommonPrefixLength(wasm);
        var from = Math.Max(0, first - 80);
        Xunit.Assert.Fail(
            $"{what} differs from the native build's at byte {first} (native {native.Length} bytes, wasm {wasm.Length}):\n" +
            $"--- native\n{Excerpt(native, from)}\n--- wasm\n{Excerpt(wasm, from)}");
    }

    private static string Excerpt(byte[] bytes, int from)
    {
        var excerpt = new StringBuilder();
        foreach (var b in bytes.AsSpan(from, Math.Min(240, bytes.Length - from)))
            excerpt.Append(b is (>= 0x20 and < 0x7f) or (byte)'\n' ? (char)b : $"\\x{b:x2}");
        return excerpt.ToString();
    }
}
