using Wasmbox.Runtime;

namespace Wasmbox.Programs.Tests.Building;

/// <summary>A command from a Debian source package, as the tests use it: built at set-up, its module compiled once per run.</summary>
internal sealed class RealProgram
{
    public static readonly Engine Engine = new();

    public static readonly RealProgram Bzip2 = new("bzip2", "bzip2");
    public static readonly RealProgram Bc = new("bc", "bc");
    public static readonly RealProgram Sqlite3 = new("sqlite3", "sqlite3");

    /// <summary>
    /// The order they are built in, one after another, starting when any of them is first used:
    /// smallest first, so the tests of the small ones run while the big one is still compiling.
    /// </summary>
    private static readonly RealProgram[] BuildOrder = [Bzip2, Bc, Sqlite3];
    private static readonly Lazy<Thread> Builder = new(() =>
    {
        var thread = new Thread(() =>
        {
            foreach (var program in BuildOrder) program.BuildNow();
        }) { IsBackground = true, Name = "real program builds" };
        thread.Start();
        return thread;
    });

    private readonly string package;
    private readonly TaskCompletionSource<ProgramBuild> build = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lazy<Module> module;

    private RealProgram(string name, string package)
    {
        Name = name;
        this.package = package;
        module = new(() => Module.FromFile(Engine, Build.WasmPath));
    }

    /// <summary>The command's name: argv[0] of both builds, and the file name of both.</summary>
    public string Name { get; }

    public string NativePath => Build.NativePath;

    public string WasmPath => Build.WasmPath;

    public Module Module => module.Value;

    private ProgramBuild Build
    {
        get
        {
            _ = Builder.Value;
            return build.Task.GetAwaiter().GetResult();
        }
    }

    private void BuildNow()
    {
        try
        {
            build.SetResult(ProgramBuild.Get(Name, package));
        }
        catch (Exception e)
        {
            build.SetException(e);
        }
    }

    public override string ToString() => Name;
}
