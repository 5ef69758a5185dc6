using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Wasmbox.Dapr.Components;

/// <summary>
/// Reading Dapr resource files (components, subscriptions): the .yaml/.yml files of a resources
/// directory in name order, each file's documents as mappings, and small accessors. A file that
/// is not YAML is refused with its name and line.
/// </summary>
public static class ResourceYaml
{
    /// <exception cref="ComponentException">the directory does not exist</exception>
    public static IEnumerable<string> Files(string directory)
    {
        if (!Directory.Exists(directory)) throw new ComponentException(directory, 0, "the resources directory does not exist");
        return Directory.EnumerateFiles(directory)
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <exception cref="ComponentException">the file is not YAML, or a document is not a mapping</exception>
    public static IReadOnlyList<YamlMappingNode> Documents(string path)
    {
        var file = Path.GetFileName(path);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(File.ReadAllText(path)));
        }
        catch (YamlException e) { throw new ComponentException(file, e.Start.Line, $"not valid YAML: {(e.InnerException ?? e).Message}"); }
        return stream.Documents.Select(document => document.RootNode as YamlMappingNode
            ?? throw new ComponentException(file, document.RootNode.Start.Line, "expected a Dapr resource (apiVersion, kind, metadata, spec)")).ToList();
    }

    public static YamlNode? Child(YamlMappingNode node, string key) =>
        node.Children.FirstOrDefault(pair => pair.Key is YamlScalarNode { Value: var k } && k == key).Value;

    public static string? Text(YamlMappingNode node, string key) => (Child(node, key) as YamlScalarNode)?.Value;
}
