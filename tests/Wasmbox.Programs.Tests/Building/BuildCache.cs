using System.Security.Cryptography;
using System.Text;

namespace Wasmbox.Programs.Tests.Building;

/// <summary>
/// Where downloaded sources and built programs are kept between test runs: the temp folder, as the
/// WASI tests keep their guests. An entry is complete once it has been moved into place, so an
/// interrupted run leaves nothing half-built behind under a final name.
/// </summary>
internal static class BuildCache
{
    public static readonly string Root = Path.Combine(Path.GetTempPath(), "wasmbox-real-programs");

    /// <summary>One download or build at a time, across every test run on the machine (not reentrant).</summary>
    public static CacheLock Lock() => CacheLock.Acquire(Path.Combine(Root, ".lock"));

    /// <summary>A short hash of everything that decides what a build produces.</summary>
    public static string Hash(IEnumerable<string> inputs)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var input in inputs)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(input));
            hash.AppendData([0]);
        }
        return Convert.ToHexString(hash.GetHashAndReset())[..16].ToLowerInvariant();
    }

    /// <summary>A scratch directory beside <paramref name="final"/>, to be moved onto it when complete.</summary>
    public static string Scratch(string final)
    {
        var scratch = $"{final}.{Environment.ProcessId}.partial";
        if (Directory.Exists(scratch)) Directory.Delete(scratch, recursive: true);
        Directory.CreateDirectory(scratch);
        return scratch;
    }
}
