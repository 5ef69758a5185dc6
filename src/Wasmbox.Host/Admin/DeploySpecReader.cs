using System.Collections.Immutable;
using System.Text.Json;
using Wasmbox.Host.Functions;
using Wasmbox.Host.Manifest;

namespace Wasmbox.Host.Admin;

/// <summary>
/// Reads the "spec" part of a deploy (JSON, the same settings as a manifest entry, in camelCase):
/// <c>{"executor":"wagi","routes":["/x"],"environment":{"A":"b"},"directories":[{"host":"/srv/x","guest":"/x","readOnly":true}],
/// "allowedHosts":[],"contentType":"text/html","limits":{"memory":"64MiB","fuel":1000000,"timeout":"5s","maxInstances":4,"queue":16,"stack":"256KiB"}}</c>.
/// Unknown keys and wrong types are refused with the key's name.
/// </summary>
public static class DeploySpecReader
{
    /// <exception cref="DeployException">the spec is malformed; the message names the key</exception>
    public static FunctionSpec Read(string name, string? json)
    {
        var spec = new FunctionSpec { Name = name };
        if (string.IsNullOrWhiteSpace(json)) return spec;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e) { throw new DeployException($"the spec is not valid JSON: {e.Message}"); }
        using var _ = document;
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object) throw new DeployException("the spec must be a JSON object");
        foreach (var property in root.EnumerateObject())
        {
            var value = property.Value;
            spec = property.Name switch
            {
                "executor" => spec with
                {
                    Executor = Text(value, "executor") switch
                    {
                        "command" => ExecutorKind.Command,
                        "wagi" => ExecutorKind.Wagi,
                        "js" => ExecutorKind.Js,
                        var other => throw new DeployException($"unknown executor \"{other}\" (expected command, wagi or js)"),
                    },
                },
                "routes" => spec with { Routes = [.. Array(value, "routes").Select(r => Text(r, "routes[]"))] },
                "environment" => spec with { Environment = Environment(value) },
                "directories" => spec with { Directories = [.. Array(value, "directories").Select(Directory)] },
                "allowedHosts" => spec with { AllowedHosts = [.. Array(value, "allowedHosts").Select(h => Text(h, "allowedHosts[]"))] },
                "contentType" => spec with { ContentType = Text(value, "contentType") },
                "limits" => spec with { Limits = Limits(value) },
                "dapr" => spec with { Dapr = Dapr(value) },
                "subscriptions" => spec with { Subscriptions = [.. Array(value, "subscriptions").Select(Subscription)] },
                "inputBindings" => spec with { InputBindings = Names(value, "inputBindings") },
                var other => throw new DeployException($"unknown spec key \"{other}\" (expected executor, routes, environment, directories, allowedHosts, contentType, limits, dapr, subscriptions, inputBindings)"),
            };
        }
        return spec;
    }

    private static ImmutableArray<KeyValuePair<string, string>> Environment(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object) throw new DeployException("environment must be an object of names to values");
        var variables = value.EnumerateObject().Select(p => new KeyValuePair<string, string>(p.Name, Text(p.Value, $"environment.{p.Name}"))).ToList();
        if (variables.GroupBy(v => v.Key).FirstOrDefault(g => g.Count() > 1) is { } twice) throw new DeployException($"environment variable {twice.Key} is given twice");
        return [.. variables];
    }

    private static DirectoryGrant Directory(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object) throw new DeployException("each directory must be an object with host, guest and readOnly");
        string? host = null, guest = null;
        var readOnly = false;
        foreach (var property in value.EnumerateObject())
        {
            switch (property.Name)
            {
                case "host": host = Text(property.Value, "directories[].host"); break;
                case "guest": guest = Text(property.Value, "directories[].guest"); break;
                case "readOnly":
                    if (property.Value.ValueKind is not (JsonValueKind.True or JsonValueKind.False)) throw new DeployException("directories[].readOnly must be true or false");
                    readOnly = property.Value.GetBoolean();
                    break;
                default: throw new DeployException($"unknown directory key \"{property.Name}\" (expected host, guest, readOnly)");
            }
        }
        if (host is null) throw new DeployException("a directory needs a host path");
        return new DirectoryGrant(host, guest ?? host, readOnly);
    }

    private static SubscriptionSpec Subscription(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object) throw new DeployException("each subscription is an object: {\"pubsub\":\"pubsub\",\"topic\":\"orders\",\"deadLetterTopic\":\"...\"}");
        string pubsub = "pubsub", topic = "";
        string? deadLetter = null;
        foreach (var property in value.EnumerateObject())
        {
            switch (property.Name)
            {
                case "pubsub": pubsub = Text(property.Value, "subscriptions[].pubsub"); break;
                case "topic": topic = Text(property.Value, "subscriptions[].topic"); break;
                case "deadLetterTopic": deadLetter = Text(property.Value, "subscriptions[].deadLetterTopic"); break;
                default: throw new DeployException($"unknown subscription key \"{property.Name}\" (expected pubsub, topic, deadLetterTopic)");
            }
        }
        return topic.Length == 0 ? throw new DeployException("a subscription needs a topic") : new SubscriptionSpec(pubsub, topic, deadLetter);
    }

    private static DaprGrants Dapr(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object) throw new DeployException("dapr must be an object, e.g. {\"state\":[\"statestore\"]}");
        var grants = new DaprGrants();
        foreach (var property in value.EnumerateObject())
        {
            grants = property.Name switch
            {
                "state" => grants with { StateStores = Names(property.Value, "dapr.state") },
                "publish" => grants with { Publish = Names(property.Value, "dapr.publish") },
                "secrets" => grants with { SecretStores = Names(property.Value, "dapr.secrets") },
                "bindings" => grants with { Bindings = Names(property.Value, "dapr.bindings") },
                "invoke" => grants with { Invoke = Names(property.Value, "dapr.invoke") },
                var other => throw new DeployException($"unknown dapr grant \"{other}\" (expected state, publish, secrets, bindings, invoke)"),
            };
        }
        return grants;
    }

    private static ImmutableArray<string> Names(JsonElement value, string key) => [.. Array(value, key).Select(s => Text(s, key + "[]"))];

    private static FunctionLimits Limits(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object) throw new DeployException("limits must be an object");
        var limits = new FunctionLimits();
        foreach (var property in value.EnumerateObject())
        {
            var v = property.Value;
            limits = property.Name switch
            {
                "memory" => limits with { MemoryBytes = Size(v, "limits.memory") },
                "stack" => limits with { StackBytes = Size(v, "limits.stack") },
                "fuel" => limits with { Fuel = v.ValueKind == JsonValueKind.Number && v.TryGetUInt64(out var fuel) && fuel > 0 ? fuel : throw new DeployException("limits.fuel must be a positive whole number") },
                "timeout" => limits with { Timeout = Quantities.TryParseDuration(Text(v, "limits.timeout"), out var timeout) ? timeout : throw new DeployException($"limits.timeout \"{v}\" is not a duration (e.g. 250ms, 5s)") },
                "maxInstances" => limits with { MaxInstances = v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var max) && max > 0 ? max : throw new DeployException("limits.maxInstances must be a positive whole number") },
                "queue" => limits with { QueueLength = v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var queue) && queue >= 0 ? queue : throw new DeployException("limits.queue must be a whole number of zero or more") },
                var other => throw new DeployException($"unknown limit \"{other}\" (expected memory, fuel, timeout, maxInstances, queue, stack)"),
            };
        }
        return limits;
    }

    private static ulong Size(JsonElement value, string key)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetUInt64(out var bytes)) return bytes;
        if (value.ValueKind == JsonValueKind.String && Quantities.TryParseSize(value.GetString()!, out bytes)) return bytes;
        throw new DeployException($"{key} \"{value}\" is not a size (e.g. 64MiB or a number of bytes)");
    }

    private static IEnumerable<JsonElement> Array(JsonElement value, string key) =>
        value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : throw new DeployException($"{key} must be a list");

    private static string Text(JsonElement value, string key) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : throw new DeployException($"{key} must be a string");
}
