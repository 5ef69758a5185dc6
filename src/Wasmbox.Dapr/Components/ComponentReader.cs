using System.Collections.Immutable;
using YamlDotNet.RepresentationModel;

namespace Wasmbox.Dapr.Components;

/// <summary>
/// Reads Dapr component files from a resources directory, the format daprd reads
/// (<c>apiVersion: dapr.io/v1alpha1</c>, <c>kind: Component</c>, <c>spec.type</c>, <c>spec.metadata</c>
/// as name/value pairs, <c>scopes</c>); several documents per file. Other kinds (Subscription,
/// Configuration, Resiliency) are left for the parts that read them. A malformed file is refused
/// with its name, line and key.
/// </summary>
public static class ComponentReader
{
    public static IReadOnlyList<ComponentDefinition> ReadDirectory(string directory)
    {
        var components = new List<ComponentDefinition>();
        foreach (var file in ResourceYaml.Files(directory)) components.AddRange(ReadFile(file));
        var twice = components.GroupBy(c => c.Name).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            var second = twice.Skip(1).First();
            throw new ComponentException(Path.GetFileName(second.File), second.Line, $"a component named \"{twice.Key}\" is declared twice (also in {Path.GetFileName(twice.First().File)})");
        }
        return components;
    }

    public static IReadOnlyList<ComponentDefinition> ReadFile(string path) =>
        ResourceYaml.Documents(path).Where(root => Text(root, "kind") == "Component").Select(root => Read(root, path)).ToList();

    private static ComponentDefinition Read(YamlMappingNode root, string path)
    {
        var file = Path.GetFileName(path);
        ComponentException Error(YamlNode node, string problem) => new(file, node.Start.Line, problem);
        if (Text(root, "apiVersion") is not "dapr.io/v1alpha1")
            throw Error(root, $"apiVersion \"{Text(root, "apiVersion")}\" is not dapr.io/v1alpha1");
        var metadata = Child(root, "metadata") as YamlMappingNode ?? throw Error(root, "metadata.name is missing");
        var name = Text(metadata, "name") ?? throw Error(metadata, "metadata.name is missing");
        var spec = Child(root, "spec") as YamlMappingNode ?? throw Error(root, $"component {name}: spec is missing");
        var type = Text(spec, "type") ?? throw Error(spec, $"component {name}: spec.type is missing");
        var version = Text(spec, "version") ?? "v1";
        var values = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var secretRefs = ImmutableDictionary.CreateBuilder<string, SecretKeyRef>(StringComparer.Ordinal);
        if (Child(spec, "metadata") is { } list)
        {
            if (list is not YamlSequenceNode items) throw Error(list, $"component {name}: spec.metadata must be a list of name/value pairs");
            foreach (var item in items)
            {
                if (item is not YamlMappingNode entry || Text(entry, "name") is not { } key) throw Error(item, $"component {name}: each metadata item needs a name");
                if (Child(entry, "secretKeyRef") is { } reference)
                {
                    if (reference is not YamlMappingNode refNode || Text(refNode, "name") is not { Length: > 0 } secretName)
                        throw Error(item, $"component {name}: metadata {key}: secretKeyRef needs a name (and optionally a key)");
                    if (values.ContainsKey(key) || !secretRefs.TryAdd(key, new SecretKeyRef(secretName, Text(refNode, "key") ?? secretName)))
                        throw Error(item, $"component {name}: metadata {key} is given twice");
                    continue;
                }
                var value = Child(entry, "value") switch
                {
                    YamlScalarNode { Value: var v } => v ?? "",
                    null => throw Error(item, $"component {name}: metadata {key} has no value"),
                    _ => throw Error(item, $"component {name}: metadata {key} must be a text value"),
                };
                if (secretRefs.ContainsKey(key) || !values.TryAdd(key, value)) throw Error(item, $"component {name}: metadata {key} is given twice");
            }
        }
        var scopes = Child(root, "scopes") is YamlSequenceNode scopeList
            ? scopeList.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "").ToImmutableArray()
            : [];
        var secretStore = Child(root, "auth") is YamlMappingNode auth ? Text(auth, "secretStore") : null;
        return new ComponentDefinition(name, type, version, values.ToImmutable(), scopes, path, root.Start.Line)
        {
            SecretRefs = secretRefs.ToImmutable(),
            SecretStore = secretStore,
        };
    }

    private static YamlNode? Child(YamlMappingNode node, string key) => ResourceYaml.Child(node, key);

    private static string? Text(YamlMappingNode node, string key) => ResourceYaml.Text(node, key);
}
