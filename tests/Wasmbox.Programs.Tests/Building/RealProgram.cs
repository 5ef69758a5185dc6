using Wasmbox.Runtime;

namespace Wasmbox.Programs.Tests.Building;

/// <summary>A command from a Debian source package, as the tests use it: built on first use, its module compiled once per run.</summary>
internal sealed class RealProgram
{
    public static readonly Engine Engine = new();

    public static readonly RealProgram Bzip2 = new("bzip2", "bzip2");
    public static readonly RealProgram Sqlite3 = new("sqlite3", "sqlite3");
    public static readonly RealProgram Bc = new("bc", "bc");

    private readonly Lazy<ProgramBuild> build;
    private readonly Lazy<Module> module;

    private RealProgram(string name, string package)
    {
        Name = name;
        build = new(() => ProgramBuild.Get(name, package));
        module = new(() => Module.FromFile(Engine, build.Value.WasmPath));
    }

    /// <summary>The command's name: argv[0] of both builds, and the file name of both.</summary>
    public string Name { get; }

    public string NativePath => build.Value.NativePath;

    public string WasmPath => build.Value.WasmPath;

    public Module Module => module.Value;

    public override string ToString() => Name;
}
