using System.Collections.Immutable;
using Wasmbox.Dapr.PubSub;
using YamlDotNet.RepresentationModel;
using static Wasmbox.Dapr.Components.ResourceYaml;

namespace Wasmbox.Dapr.Components;

/// <summary>
/// Reads Dapr <c>Subscription</c> resources from a resources directory, as daprd reads declarative
/// subscriptions: <c>dapr.io/v2alpha1</c> with <c>spec.routes.rules[{match, path}]</c> and
/// <c>spec.routes.default</c>, or <c>dapr.io/v1alpha1</c> with <c>spec.route</c>; <c>deadLetterTopic</c>,
/// <c>metadata</c> (<c>rawPayload</c>), top-level <c>scopes</c>. A rule's match is checked when read.
/// </summary>
public static class SubscriptionReader
{
    public static IReadOnlyList<SubscriptionDefinition> ReadDirectory(string directory)
    {
        var subscriptions = ResourceYaml.Files(directory).SelectMany(ReadFile).ToList();
        var twice = subscriptions.GroupBy(s => s.Name).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
            throw new ComponentException(Path.GetFileName(twice.Skip(1).First().File), twice.Skip(1).First().Line, $"a subscription named \"{twice.Key}\" is declared twice");
        return subscriptions;
    }

    public static IReadOnlyList<SubscriptionDefinition> ReadFile(string path) =>
        Documents(path).Where(root => Text(root, "kind") == "Subscription").Select(root => Read(root, path)).ToList();

    private static SubscriptionDefinition Read(YamlMappingNode root, string path)
    {
        var file = Path.GetFileName(path);
        ComponentException Error(YamlNode node, string problem) => new(file, node.Start.Line, problem);
        var version = Text(root, "apiVersion");
        if (version is not ("dapr.io/v2alpha1" or "dapr.io/v1alpha1")) throw Error(root, $"apiVersion \"{version}\" of a Subscription is not dapr.io/v2alpha1 or dapr.io/v1alpha1");
        var name = (Child(root, "metadata") is YamlMappingNode metadata ? Text(metadata, "name") : null) ?? throw Error(root, "metadata.name is missing");
        var spec = Child(root, "spec") as YamlMappingNode ?? throw Error(root, $"subscription {name}: spec is missing");
        var pubsub = Text(spec, "pubsubname") ?? throw Error(spec, $"subscription {name}: spec.pubsubname is missing");
        var topic = Text(spec, "topic") ?? throw Error(spec, $"subscription {name}: spec.topic is missing");
        var rules = ImmutableArray.CreateBuilder<RouteRule>();
        string? defaultPath = null;
        if (Child(spec, "routes") is YamlMappingNode routes)
        {
            defaultPath = Text(routes, "default");
            if (Child(routes, "rules") is YamlSequenceNode list)
            {
                foreach (var item in list)
                {
                    if (item is not YamlMappingNode rule || Text(rule, "match") is not { Length: > 0 } match || Text(rule, "path") is not { Length: > 0 } rulePath)
                        throw Error(item, $"subscription {name}: each rule needs a match and a path");
                    try { rules.Add(new RouteRule(EventMatch.Parse(match), rulePath)); }
                    catch (FormatException e) { throw Error(item, $"subscription {name}: {e.Message}"); }
                }
            }
        }
        defaultPath ??= Text(spec, "route");   // v1alpha1
        if (rules.Count == 0 && defaultPath is null) throw Error(spec, $"subscription {name}: no routes (give spec.routes.default or rules, or spec.route)");
        var values = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        if (Child(spec, "metadata") is YamlMappingNode pairs)
        {
            foreach (var (key, value) in pairs.Children)
                values[((YamlScalarNode)key).Value ?? ""] = (value as YamlScalarNode)?.Value ?? throw Error(value, $"subscription {name}: metadata values must be text");
        }
        var metadataValues = values.ToImmutable();
        return new SubscriptionDefinition(name, pubsub, topic, rules.ToImmutable(), defaultPath, path, root.Start.Line)
        {
            DeadLetterTopic = Text(spec, "deadLetterTopic"),
            RawPayload = metadataValues.TryGetValue("rawPayload", out var raw) && raw.Equals("true", StringComparison.OrdinalIgnoreCase),
            Metadata = metadataValues,
            Scopes = Child(root, "scopes") is YamlSequenceNode scopes ? [.. scopes.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "")] : [],
        };
    }
}
