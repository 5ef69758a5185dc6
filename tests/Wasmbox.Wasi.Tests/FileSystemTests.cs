namespace Wasmbox.Wasi.Tests;

/// <summary>
/// Files and directories through a preopened directory behave as they do natively: the same C
/// program prints the same lines and leaves the same tree whether built for WASI or for the host.
/// </summary>
public sealed class FileSystemTests : IDisposable
{
    private readonly TemporaryDirectory root = new();

    public void Dispose() => root.Dispose();

    [Theory]
    [InlineData("files")]
    [InlineData("directories")]
    public void GuestSeesWhatANativeProgramSees(string program)
    {
        var wasmDirectory = root.CreateDirectory("wasm");
        var nativeDirectory = root.CreateDirectory("native");

        var wasm = GuestRun.Wasm(program, c => c.WithPreopenedDirectory(wasmDirectory, "."));
        var native = GuestRun.Native(program, nativeDirectory);

        Assert.Equal(0, native.ExitCode);
        Assert.Equal(native.ToString(), wasm.ToString());
        Assert.Equal(root.Describe("native"), root.Describe("wasm"));
    }

    [Fact]
    public void TheGuestNamesPreopenedDirectoriesAsGranted()
    {
        var data = root.CreateDirectory("data");
        root.WriteFile("data/a.txt", "alpha");
        var wasm = GuestRun.Wasm("directories", c => c.WithPreopenedDirectory(data, "/srv/data"));

        // The program works on relative paths, which resolve against no preopen named ".".
        Assert.Contains("mkdir tree: ENOTCAPABLE", wasm.Output);
        Assert.Equal("a.txt: alpha", root.Describe("data"));
    }

    [Fact]
    public void AReadOnlyDirectoryCanBeReadButNotChanged()
    {
        var data = root.CreateDirectory("data");
        var before = root.Describe("data");
        var wasm = GuestRun.Wasm("directories", c => c.WithPreopenedDirectory(data, ".", readOnly: true));

        Assert.Contains("mkdir tree: EROFS", wasm.Output);
        Assert.Contains("opendir tree: ENOENT", wasm.Output);
        Assert.Equal(before, root.Describe("data"));
    }

    [Fact]
    public void AGuestWithoutDirectoriesCannotOpenAnything()
    {
        var wasm = GuestRun.Wasm("files");

        Assert.Equal(1, wasm.ExitCode);
        Assert.Equal("create data.txt: ENOTCAPABLE\n", wasm.Output);
    }
}
