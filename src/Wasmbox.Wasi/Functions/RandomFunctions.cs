using System.Security.Cryptography;
using Wasmbox.Wasi.Abi;

namespace Wasmbox.Wasi.Functions;

/// <summary>random_get: bytes from the host's cryptographic generator.</summary>
internal static class RandomFunctions
{
    public static void AddTo(WasiFunctionTable.Builder table) =>
        table.Add("random_get", "ii", (c, m, a) =>
        {
            RandomNumberGenerator.Fill(m.Span(a[0].U32(), a[1].U32()));
            return Errno.Success;
        });
}
