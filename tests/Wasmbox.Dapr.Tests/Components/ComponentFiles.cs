namespace Wasmbox.Dapr.Tests.Components;

/// <summary>Component files written for a test: a fresh resources directory, and a Dapr <c>Component</c> in YAML.</summary>
internal static class ComponentFiles
{
    public static string Directory(params (string Name, string Yaml)[] files)
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("wasmbox-components-").FullName;
        foreach (var (name, yaml) in files) File.WriteAllText(Path.Combine(directory, name), yaml);
        return directory;
    }

    /// <param name="metadata">the spec's metadata block as written ("  metadata:\n  - name: ..."), or none</param>
    public static string Component(string name, string type, string metadata = "", string scopes = "") => $"""
        apiVersion: dapr.io/v1alpha1
        kind: Component
        metadata:
          name: {name}
        spec:
          type: {type}
          version: v1
        {metadata}{scopes}
        """;
}
