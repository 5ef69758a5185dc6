namespace Wasmbox.Programs.Tests.Building;

/// <summary>
/// A program built twice from one unpacked Debian source by its recipe (Recipes/NAME.sh): natively
/// and to wasm32-wasi. Builds are cached by a hash of the source's .dsc and of every recipe file,
/// so a second test run compiles nothing.
/// </summary>
internal sealed record ProgramBuild(string NativePath, string WasmPath)
{
    private static readonly string Recipes = Path.Combine(AppContext.BaseDirectory, "Recipes");

    /// <summary>Builds the command <paramref name="name"/> from the source package <paramref name="package"/>, unless it is cached.</summary>
    public static ProgramBuild Get(string name, string package)
    {
        var source = DebianSourcePackage.Get(package);
        var recipe = Path.Combine(Recipes, name + ".sh");
        var recipeFiles = Directory.GetFiles(Recipes, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
        var hash = BuildCache.Hash([source.Description, name, .. recipeFiles.Select(file =>
            Path.GetRelativePath(Recipes, file) + "\n" + File.ReadAllText(file))]);
        var final = Path.Combine(BuildCache.Root, "builds", $"{name}-{hash}");
        using (BuildCache.Lock())
        {
            if (!Directory.Exists(final)) Build(recipe, source, final);
        }
        return new ProgramBuild(Path.Combine(final, "native", name), Path.Combine(final, "wasm", name));
    }

    private static void Build(string recipe, DebianSourcePackage source, string final)
    {
        var scratch = BuildCache.Scratch(final);
        var work = Path.Combine(scratch, "source");
        // The recipe writes into its source tree (configure, generated files); the cached tree stays pristine.
        ExternalCommand.Run("cp", ["-a", source.Tree, work]);
        ExternalCommand.Run("bash", [recipe, "prepare", work]);
        foreach (var target in new[] { "native", "wasm" })
        {
            var output = Directory.CreateDirectory(Path.Combine(scratch, target)).FullName;
            ExternalCommand.Run("bash", [recipe, "build", target, work, output]);
        }
        Directory.Delete(work, recursive: true);
        Directory.Move(scratch, final);
    }
}
