namespace Wasmbox.Fuzz;

/// <summary>Keeps failing inputs, each with a report beside it, so a failure can be replayed after the run.</summary>
internal sealed class FailureArchive(string directory)
{
    /// <summary>Saves the input and report as NAME.wasm and NAME.txt; returns the path of the input.</summary>
    public string Save(string name, byte[] input, string report)
    {
        Directory.CreateDirectory(directory);
        var path = Path.GetFullPath(Path.Combine(directory, name + ".wasm"));
        File.WriteAllBytes(path, input);
        File.WriteAllText(Path.ChangeExtension(path, ".txt"), report);
        return path;
    }
}
