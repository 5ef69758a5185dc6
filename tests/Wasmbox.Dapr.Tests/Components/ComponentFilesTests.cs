using Wasmbox.Dapr.Components;
using Wasmbox.Dapr.State;

namespace Wasmbox.Dapr.Tests.Components;

/// <summary>Dapr component files, as daprd reads them: what loads, and how a bad one is refused (file, line, why).</summary>
public sealed class ComponentFilesTests
{
    private static string Directory(params (string Name, string Yaml)[] files)
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("wasmbox-components-").FullName;
        foreach (var (name, yaml) in files) File.WriteAllText(Path.Combine(directory, name), yaml);
        return directory;
    }

    private static string Component(string name, string type, string metadata = "", string scopes = "") => $"""
        apiVersion: dapr.io/v1alpha1
        kind: Component
        metadata:
          name: {name}
        spec:
          type: {type}
          version: v1
        {metadata}{scopes}
        """;

    [Fact]
    public async Task StoresLoadWithTheDefaultBesideThem()
    {
        var resources = Directory(
            ("cache.yaml", Component("cache", "state.in-memory")),
            ("orders.yml", Component("orders", "state.sqlite", "  metadata:\n  - name: connectionString\n    value: orders.db\n")),
            ("other.yaml", "apiVersion: dapr.io/v1alpha1\nkind: Configuration\nmetadata:\n  name: c\n"),
            ("scoped.yaml", Component("elsewhere", "state.in-memory", scopes: "scopes:\n- another-app\n")));
        var data = System.IO.Directory.CreateTempSubdirectory("wasmbox-data-").FullName;
        await using var set = ComponentSet.Load(resources, data, "wasmbox");
        Assert.Equal(["cache", "orders", "statestore"], set.StateStores.Keys.Order());
        Assert.IsType<InMemoryStateStore>(set.StateStores["cache"]);
        await set.StateStores["orders"].SetAsync(new StateSetRequest("k", [1]));
        Assert.True(File.Exists(Path.Combine(data, "state", "orders.db")));
    }

    [Theory]
    [InlineData("state.cassandra", 1, "type state.cassandra/v1 is not supported (supported: ")]
    [InlineData("pubsub.kafka", 1, "type pubsub.kafka/v1 is not supported")]
    public void UnsupportedTypesAreRefusedWithTheSupportedOnes(string type, int line, string problem)
    {
        var error = Assert.Throws<ComponentException>(() => ComponentSet.Load(Directory(("c.yaml", Component("c", type))), Path.GetTempPath(), "app"));
        Assert.StartsWith($"c.yaml:{line}: component c: ", error.Message);
        Assert.Contains(problem, error.Message);
    }

    [Theory]
    [InlineData("  metadata:\n  - name: conectionString\n    value: x.db\n", "unknown metadata \"conectionString\" for state.sqlite")]
    [InlineData("", "metadata connectionString is missing")]
    [InlineData("  metadata:\n  - name: connectionString\n    value: \":memory:\"\n", "in-memory SQLite is not durable")]
    [InlineData("  metadata:\n  - name: connectionString\n    secretKeyRef:\n      name: s\n      key: k\n", "metadata connectionString uses secretKeyRef: name the secret store that holds it with auth.secretStore")]
    public void BadMetadataIsRefusedNamingTheKey(string metadata, string problem)
    {
        var error = Assert.Throws<ComponentException>(() => ComponentSet.Load(Directory(("db.yaml", Component("db", "state.sqlite", metadata))), Path.GetTempPath(), "app"));
        Assert.Contains(problem, error.Message);
        Assert.StartsWith("db.yaml:", error.Message);
    }

    [Fact]
    public void MalformedFilesAndDuplicateNamesAreRefused()
    {
        var yaml = Assert.Throws<ComponentException>(() => ComponentReader.ReadDirectory(Directory(("bad.yaml", "kind: Component\n  spec: [\n"))));
        Assert.Contains("bad.yaml:", yaml.Message);
        var twice = Assert.Throws<ComponentException>(() => ComponentReader.ReadDirectory(Directory(
            ("a.yaml", Component("same", "state.in-memory")), ("b.yaml", Component("same", "state.in-memory")))));
        Assert.Contains("a component named \"same\" is declared twice (also in a.yaml)", twice.Message);
        var missing = Assert.Throws<ComponentException>(() => ComponentReader.ReadDirectory("/no/such/directory"));
        Assert.Contains("the resources directory does not exist", missing.Message);
    }
}
