using System.Security.Cryptography;
using System.Text;

namespace Wasmbox.Host.Admin;

/// <summary>
/// A secret a caller presents (the admin token, daprd's app API token), compared in fixed time:
/// digests of equal length, compared without an early exit, so timing tells nothing of it.
/// </summary>
public sealed class FixedTimeSecret(string secret)
{
    private readonly byte[] digest = SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    public bool Matches(string? presented) =>
        presented is not null && CryptographicOperations.FixedTimeEquals(digest, SHA256.HashData(Encoding.UTF8.GetBytes(presented)));
}
