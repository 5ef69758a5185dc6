using Wasmbox.Programs.Tests.Building;
using Wasmbox.Programs.Tests.Running;
using Wasmbox.Programs.Tests.Workloads;
using Wasmbox.Wasi.Tests;

namespace Wasmbox.Programs.Tests;

/// <summary>bzip2, from Debian's source package, compresses, tests and decompresses as its native build does.</summary>
public sealed class Bzip2Tests
{
    private static readonly RealProgram Bzip2 = RealProgram.Bzip2;
    private static readonly DateTime Modified = new(2021, 3, 4, 5, 6, 7, DateTimeKind.Utc);

    /// <summary>3.5 MB: prose, a stretch of noise, and a long run of one byte (bzip2's run-length stage).</summary>
    private static byte[] Mixed()
    {
        var data = new SampleData(seed: 2024);
        return [.. data.Text(2_500_000), .. data.Noise(750_000), .. Enumerable.Repeat((byte)'z', 250_000)];
    }

    [Fact]
    public void CompressesAndDecompressesAStreamByteForByte()
    {
        var original = Mixed();
        using var run = new SideBySide(Bzip2);

        var compressed = run.Run(original, "-9", "-c");
        var decompressed = run.Run(compressed.Output, "-d", "-c");
        var smallMemory = run.Run(compressed.Output, "-d", "-s", "-c");

        Assert.True(compressed.Output.Length < original.Length / 2, $"{compressed.Output.Length} bytes compressed");
        Assert.Equal(original, decompressed.Output);
        Assert.Equal(original, smallMemory.Output);
    }

    [Fact]
    public void CompressesTestsAndRestoresFilesInItsDirectory()
    {
        var data = new SampleData(seed: 7);
        var prose = data.Text(1_500_000);
        var noise = data.Noise(300_000);
        using var run = new SideBySide(Bzip2);
        run.WriteFile("prose.txt", prose, Modified);
        run.WriteFile("noise.bin", noise, Modified);
        run.WriteFile("empty", [], Modified);
        run.WriteFile("letters/naïve note.txt", "one line\n"u8.ToArray(), Modified);
        string[] names = ["prose.txt", "noise.bin", "empty", "letters/naïve note.txt"];

        var compressed = run.Run(["-v", "-k", "-6", .. names]);
        var tested = run.Run(["-t", "-v", .. names.Select(name => name + ".bz2")]);
        var restored = run.Run(["-d", "-f", "-v", .. names.Select(name => name + ".bz2")]);

        Assert.Contains("prose.txt:", compressed.ErrorText);
        Assert.Contains("letters/naïve note.txt.bz2: ok", tested.ErrorText);
        Assert.Matches(@"  prose\.txt\.bz2: +done\n", restored.ErrorText);
        Assert.Equal(prose, File.ReadAllBytes(Path.Combine(run.WasmDirectory, "prose.txt")));
        Assert.Equal(noise, File.ReadAllBytes(Path.Combine(run.WasmDirectory, "noise.bin")));
        Assert.False(File.Exists(Path.Combine(run.WasmDirectory, "prose.txt.bz2")));
        // bzip2 gives what it writes its input's modification time (utime, path_filestat_set_times in WASI).
        foreach (var name in names)
            Assert.Equal(Modified, File.GetLastWriteTimeUtc(Path.Combine(run.WasmDirectory, name)));
    }

    [Fact]
    public void ReportsDamagedMissingAndExistingFilesAsTheNativeBuildDoes()
    {
        byte[] whole;
        using (var source = new SideBySide(Bzip2)) whole = source.Run(new SampleData(seed: 99).Text(200_000), "-c").Output;
        using var run = new SideBySide(Bzip2);
        run.WriteFile("truncated.bz2", whole[..(whole.Length / 2)]);
        run.WriteFile("flipped.bz2", [.. whole[..1000], (byte)(whole[1000] ^ 0x10), .. whole[1001..]]);
        run.WriteFile("plain.bz2", "not compressed at all\n"u8.ToArray());
        run.WriteFile("kept.txt", "keep me\n"u8.ToArray());
        run.WriteFile("kept.txt.bz2", whole);
        run.CreateDirectory("folder");
        run.CreateSymbolicLink("link.txt", "kept.txt");

        var test = run.Run("-t", "truncated.bz2", "flipped.bz2", "plain.bz2");
        var decompress = run.Run("-d", "-c", "truncated.bz2");
        var missing = run.Run("missing.txt");
        var existing = run.Run("kept.txt");
        var badFlag = run.Run("--no-such-flag");
        var folder = run.Run("folder");
        var link = run.Run("link.txt");
        var forced = run.Run("-f", "-k", "link.txt");

        Assert.Equal(2, test.ExitCode);
        Assert.Contains("truncated.bz2: file ends unexpectedly", test.ErrorText);
        Assert.Contains("plain.bz2: bad magic number (file not created by bzip2)", test.ErrorText);
        Assert.Equal(2, decompress.ExitCode);
        Assert.Equal("bzip2: Can't open input file missing.txt: No such file or directory.\n", missing.ErrorText);
        Assert.Equal("bzip2: Output file kept.txt.bz2 already exists.\n", existing.ErrorText);
        Assert.Equal(1, badFlag.ExitCode);
        Assert.Equal("bzip2: Input file folder is a directory.\n", folder.ErrorText);
        Assert.Equal("bzip2: Input file link.txt is not a normal file.\n", link.ErrorText);
        Assert.Equal(0, forced.ExitCode);
    }

    [Fact]
    public void ALinkOutOfItsDirectoryIsRefusedWhereTheNativeBuildWouldFollowIt()
    {
        using var outside = new TemporaryDirectory();
        var secret = outside.WriteFile("secret.txt", "not for the guest\n");
        using var inside = new TemporaryDirectory();
        File.CreateSymbolicLink(inside.Combine("secret.txt"), secret);

        var outcome = WasmRun.Run(Bzip2, inside.Path, ["-c", "-f", "secret.txt"], []);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal("bzip2: Can't open input file secret.txt: Capabilities insufficient.\n", outcome.ErrorText);
        Assert.Empty(outcome.Output);
    }
}
