using System.Security.Cryptography;
using Wasmbox.Programs.Tests.Workloads;

namespace Wasmbox.Bench.Speed;

/// <summary>
/// bzip2 compresses a generated file with -9 in its working directory, then decompresses what it
/// wrote; a run is both commands. The output names the compressed file's size and hash, and
/// whether the restored file is the original, byte for byte.
/// </summary>
internal sealed class Bzip2Benchmark() : RealProgramBenchmark("bzip2", "bzip2")
{
    private const string FileName = "data";
    private string? input;
    private byte[] inputHash = [];

    protected override void PrepareInput(string root)
    {
        // 16 MB: mostly prose (compressible), some noise (not at all), and a long run of one byte
        // (bzip2's run-length stage), as the real-program tests mix them.
        var data = new SampleData(seed: 2025);
        byte[] content = [.. data.Text(13_000_000), .. data.Noise(2_000_000), .. Enumerable.Repeat((byte)'z', 1_000_000)];
        input = Path.Combine(Work, FileName);
        File.WriteAllBytes(input, content);
        inputHash = SHA256.HashData(content);
    }

    public override (TimeSpan Elapsed, string Output) Run(Runner runtime)
    {
        var directory = FreshDirectory();
        var file = Path.Combine(directory, FileName);
        File.Copy(input!, file);
        var compress = runtime.Run(Files, new Invocation(["-9", FileName], directory));
        var compressed = File.ReadAllBytes(file + ".bz2");
        var decompress = runtime.Run(Files, new Invocation(["-d", FileName + ".bz2"], directory));
        var restored = File.Exists(file) && SHA256.HashData(File.ReadAllBytes(file)).SequenceEqual(inputHash);
        return (compress.Elapsed + decompress.Elapsed,
            $"{compress.Output}{decompress.Output}compressed to {compressed.Length} bytes, SHA-256 {Convert.ToHexString(SHA256.HashData(compressed))}\n" +
            $"restored {(restored ? "the original" : "something else")}\n");
    }
}
