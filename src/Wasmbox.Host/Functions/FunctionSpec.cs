using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Wasmbox.Host.Functions;

/// <summary>How a function's guest answers a request.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ExecutorKind>))]
public enum ExecutorKind
{
    /// <summary>Body on stdin, stdout is the response body, exit 0 is 200 (dapr-wasm, Dapr's bindings.wasm).</summary>
    Command,
    /// <summary>CGI environment and arguments, CGI headers then the body on stdout (Spin's WAGI).</summary>
    Wagi,
    /// <summary>A JavaScript file with a fetch handler, run by the JavaScript engine (runtime/js): the function's code is the script.</summary>
    Js,
}

/// <summary>A host directory the guest sees at <see cref="Guest"/>.</summary>
public sealed record DirectoryGrant(string Host, string Guest, bool ReadOnly);

/// <summary>The Dapr components a function may reach from inside its sandbox (deny by default).</summary>
public sealed record DaprGrants
{
    public ImmutableArray<string> StateStores { get; init; } = [];
    /// <summary>Topics the function may publish to, as "PUBSUB/TOPIC", or "PUBSUB/*" for every topic of a pub/sub.</summary>
    public ImmutableArray<string> Publish { get; init; } = [];

    /// <summary>Secret stores the function may read.</summary>
    public ImmutableArray<string> SecretStores { get; init; } = [];
    /// <summary>Output bindings the function may call.</summary>
    public ImmutableArray<string> Bindings { get; init; } = [];
    /// <summary>App ids the function may call by service invocation (this server's own app id for its other functions).</summary>
    public ImmutableArray<string> Invoke { get; init; } = [];

    public bool MayPublish(string pubsub, string topic) => Publish.Contains($"{pubsub}/{topic}") || Publish.Contains($"{pubsub}/*");

    public bool Equals(DaprGrants? other) =>
        other is not null && StateStores.SequenceEqual(other.StateStores) && Publish.SequenceEqual(other.Publish) &&
        SecretStores.SequenceEqual(other.SecretStores) && Bindings.SequenceEqual(other.Bindings) && Invoke.SequenceEqual(other.Invoke);
    public override int GetHashCode() => StateStores.Length;
}

/// <summary>A topic the function is run for: each message of <see cref="Topic"/> on <see cref="PubSub"/> runs it once (at least).</summary>
public sealed record SubscriptionSpec(string PubSub, string Topic, string? DeadLetterTopic = null);

/// <summary>What one request of a function may use. Null means the server's default.</summary>
public sealed record FunctionLimits
{
    public static FunctionLimits Defaults { get; } = new()
    {
        MemoryBytes = 128UL << 20,
        Timeout = TimeSpan.FromSeconds(10),
        MaxInstances = 32,
        QueueLength = 128,
        StackBytes = 256UL << 10,
    };

    /// <summary>Linear memory, all memories of an instance together.</summary>
    public ulong? MemoryBytes { get; init; }
    /// <summary>Fuel per request; null runs the function unmetered (faster).</summary>
    public ulong? Fuel { get; init; }
    public TimeSpan? Timeout { get; init; }
    /// <summary>Instances running at once; more requests wait in the queue.</summary>
    public int? MaxInstances { get; init; }
    /// <summary>Requests waiting for an instance; more are refused with 503.</summary>
    public int? QueueLength { get; init; }
    /// <summary>Native stack for Wasm frames per request: deeper recursion traps, and a smaller stack unwinds sooner.</summary>
    public ulong? StackBytes { get; init; }

    /// <summary>These limits with every unset one taken from <paramref name="defaults"/>.</summary>
    public FunctionLimits Over(FunctionLimits defaults) => new()
    {
        MemoryBytes = MemoryBytes ?? defaults.MemoryBytes,
        Fuel = Fuel ?? defaults.Fuel,
        Timeout = Timeout ?? defaults.Timeout,
        MaxInstances = MaxInstances ?? defaults.MaxInstances,
        QueueLength = QueueLength ?? defaults.QueueLength,
        StackBytes = StackBytes ?? defaults.StackBytes,
    };
}

/// <summary>
/// Everything that defines a function besides its module's bytes: the same record comes from
/// wasmbox.yaml, from a deploy through the admin API, and from the version history.
/// </summary>
public sealed record FunctionSpec
{
    public required string Name { get; init; }
    public ExecutorKind Executor { get; init; } = ExecutorKind.Command;
    public ImmutableArray<string> Routes { get; init; } = [];
    public ImmutableArray<KeyValuePair<string, string>> Environment { get; init; } = [];
    public ImmutableArray<DirectoryGrant> Directories { get; init; } = [];
    /// <summary>Hosts the guest may reach with outbound HTTP (none by default).</summary>
    public ImmutableArray<string> AllowedHosts { get; init; } = [];
    /// <summary>The response's Content-Type for the command executor (WAGI guests set their own).</summary>
    public string? ContentType { get; init; }
    public FunctionLimits Limits { get; init; } = new();
    public DaprGrants Dapr { get; init; } = new();
    /// <summary>The topics whose messages run this function.</summary>
    public ImmutableArray<SubscriptionSpec> Subscriptions { get; init; } = [];
    /// <summary>The input bindings whose events run this function (bindings.cron, or daprd's POST /BINDING).</summary>
    public ImmutableArray<string> InputBindings { get; init; } = [];

    /// <summary>Value equality over the lists too, so an unchanged manifest entry is recognised.</summary>
    public bool Equals(FunctionSpec? other) =>
        other is not null && Name == other.Name && Executor == other.Executor && ContentType == other.ContentType &&
        Limits == other.Limits && Dapr == other.Dapr && Subscriptions.SequenceEqual(other.Subscriptions) && InputBindings.SequenceEqual(other.InputBindings) && Routes.SequenceEqual(other.Routes) && Environment.SequenceEqual(other.Environment) &&
        Directories.SequenceEqual(other.Directories) && AllowedHosts.SequenceEqual(other.AllowedHosts);

    public override int GetHashCode() => HashCode.Combine(Name, Executor, Routes.Length, Limits);
}
