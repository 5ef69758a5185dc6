using YamlDotNet.RepresentationModel;

namespace Wasmbox.Host.Manifest;

/// <summary>
/// A YAML node with the path that leads to it ("functions[1].limits"), so every read can fail with
/// the file, the line and the key. A mapping's keys must all be read: <see cref="RefuseUnknownKeys"/>
/// names a misspelt one instead of ignoring it.
/// </summary>
internal sealed class YamlNode
{
    private readonly YamlMappingNode? mapping;

    public YamlNode(string file, string path, YamlDotNet.RepresentationModel.YamlNode node)
    {
        File = file;
        Path = path;
        Node = node;
        mapping = node as YamlMappingNode;
    }

    public string File { get; }
    public string Path { get; }
    public YamlDotNet.RepresentationModel.YamlNode Node { get; }
    public long Line => Node.Start.Line;

    public ManifestException Error(string problem) => new(File, Line, Path.Length == 0 ? problem : $"{Path}: {problem}");

    private YamlMappingNode Mapping => mapping ?? throw Error($"expected a mapping (key: value lines), found {Describe(Node)}");

    public YamlNode? Optional(string key)
    {
        foreach (var (k, v) in Mapping.Children)
        {
            if (k is YamlScalarNode { Value: { } name } && name == key)
                return new YamlNode(File, Path.Length == 0 ? key : $"{Path}.{key}", v);
        }
        return null;
    }

    public YamlNode Required(string key) => Optional(key) ?? throw Error($"\"{key}\" is missing");

    public void RefuseUnknownKeys(params string[] known)
    {
        foreach (var (k, _) in Mapping.Children)
        {
            var name = (k as YamlScalarNode)?.Value ?? "";
            if (!known.Contains(name))
                throw new ManifestException(File, k.Start.Line,
                    $"{(Path.Length == 0 ? "" : Path + ": ")}unknown key \"{name}\" (expected one of: {string.Join(", ", known)})");
        }
    }

    public string Text()
    {
        if (Node is YamlScalarNode { Value: { } value }) return value;
        throw Error($"expected a text value, found {Describe(Node)}");
    }

    public IReadOnlyList<YamlNode> Items()
    {
        if (Node is not YamlSequenceNode sequence) throw Error($"expected a list, found {Describe(Node)}");
        return sequence.Children.Select((child, i) => new YamlNode(File, $"{Path}[{i}]", child)).ToList();
    }

    public IEnumerable<(string Key, YamlNode Value)> Entries() =>
        Mapping.Children.Select(pair => (((pair.Key as YamlScalarNode)?.Value ?? ""),
            new YamlNode(File, $"{Path}.{(pair.Key as YamlScalarNode)?.Value}", pair.Value)));

    public bool Boolean() => Text() switch
    {
        "true" or "yes" or "on" => true,
        "false" or "no" or "off" => false,
        var other => throw Error($"\"{other}\" is not true or false"),
    };

    public int PositiveInt()
    {
        if (int.TryParse(Text(), System.Globalization.NumberStyles.None, null, out var value) && value > 0) return value;
        throw Error($"\"{Text()}\" is not a positive whole number");
    }

    public int NonNegativeInt()
    {
        if (int.TryParse(Text(), System.Globalization.NumberStyles.None, null, out var value)) return value;
        throw Error($"\"{Text()}\" is not a whole number of zero or more");
    }

    private static string Describe(YamlDotNet.RepresentationModel.YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode { Value: var v } => $"\"{v}\"",
        _ => "nothing",
    };
}
