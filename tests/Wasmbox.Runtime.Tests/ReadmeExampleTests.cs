namespace Wasmbox.Runtime.Tests;

/// <summary>The README's embedding example, kept compiling and true.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void ReadmeExampleRunsTheFibExample()
    {
        var path = Path.Combine(RepositoryRoot(), "examples", "fib", "fib.wasm");
        var logged = new List<string>();

        var engine = new Engine();
        var module = Module.FromFile(engine, path);
        var linker = new Linker(engine);
        linker.DefineFunction("env", "log", (Caller caller, int ptr, int len) =>
            logged.Add(caller.Memory!.ReadString((ulong)ptr, len)));

        using var store = new Store(engine);
        var instance = linker.Instantiate(store, module);
        var fib = instance.GetFunction<int, long>("fib");

        Assert.Equal(2880067194370816120L, fib(90));
        Assert.Equal([Value.I32(25)], instance.GetFunction("count_primes")!.Invoke(Value.I32(100)));
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Wasmbox.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new DirectoryNotFoundException("repository root (Wasmbox.sln) not found");
    }
}
