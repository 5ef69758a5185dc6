using System.Net;
using System.Net.Sockets;
using Wasmbox.Dapr.Components;
using Wasmbox.Dapr.State;
using Wasmbox.Dapr.Tests.State;

namespace Wasmbox.Dapr.Tests.Components;

/// <summary>A <c>state.postgresql</c> component file as written for daprd: its connection string forms, its metadata, and how a bad one is refused.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresComponentTests(PostgresServer server)
{
    private static string Resources(string metadata)
    {
        var directory = Directory.CreateTempSubdirectory("wasmbox-components-").FullName;
        File.WriteAllText(Path.Combine(directory, "orders.yaml"), $"""
            apiVersion: dapr.io/v1alpha1
            kind: Component
            metadata:
              name: orders
            spec:
              type: state.postgresql
              version: v1
              metadata:
            {metadata}
            """);
        return directory;
    }

    private static string Item(string name, string value) => $"  - name: {name}\n    value: \"{value}\"\n";

    private static ComponentSet Load(string metadata)
    {
        var resources = Resources(metadata);
        try { return ComponentSet.Load(resources, Path.GetTempPath(), "app"); }
        finally { Directory.Delete(resources, recursive: true); }
    }

    public static TheoryData<string> ConnectionForms => [
        "host=127.0.0.1 port={port} user=postgres dbname=postgres application_name='wasmbox tests' connect_timeout=10",
        "host={socket} port={port} user=postgres database=postgres",
        "postgres://postgres@127.0.0.1:{port}/postgres?sslmode=disable",
        "Host=127.0.0.1;Port={port};Username=postgres;Database=postgres",
    ];

    [Theory]
    [MemberData(nameof(ConnectionForms))]
    public async Task AStoreLoadsFromEachConnectionStringForm(string form)
    {
        var connection = form.Replace("{port}", server.Port.ToString()).Replace("{socket}", server.SocketDirectory);
        var table = "orders_" + Guid.NewGuid().ToString("N")[..12];
        await using var set = Load(Item("connectionString", connection) + Item("tableName", table) + Item("timeoutInSeconds", "30")
            + Item("cleanupInterval", "10m") + Item("maxConns", "3") + Item("connectionMaxIdleTime", "5m") + Item("metadataTableName", table + "_metadata"));
        var store = Assert.IsType<PostgresStateStore>(set.StateStores["orders"]);
        await store.SetAsync(new StateSetRequest("k", [1, 2, 3]));
        Assert.Equal([1, 2, 3], (await store.GetAsync("k"))!.Value);
        Assert.Equal(["ETAG", "TRANSACTIONAL", "TTL"], store.Features);
    }

    [Theory]
    [InlineData("  - name: tableName\n    value: state\n", "metadata connectionString is missing")]
    [InlineData("{connection}  - name: table\n    value: state\n", "unknown metadata \"table\" for state.postgresql")]
    [InlineData("{connection}  - name: tableName\n    value: \"state; DROP TABLE x\"\n", "metadata tableName is \"state; DROP TABLE x\", not a table name")]
    [InlineData("{connection}  - name: timeout\n    value: 500ms\n", "metadata timeout must be at least 1s")]
    [InlineData("{connection}  - name: cleanupIntervalInSeconds\n    value: soon\n", "metadata cleanupIntervalInSeconds is \"soon\", not a duration")]
    [InlineData("{connection}  - name: maxConns\n    value: many\n", "metadata maxConns is \"many\", not a whole number")]
    [InlineData("{connection}  - name: cleanupInterval\n    value: 2000h\n", "metadata cleanupInterval is more than 49 days")]
    [InlineData("  - name: connectionString\n    value: host=localhost pool_size=3\n", "\"pool_size\" is not a setting")]
    public void BadMetadataIsRefusedNamingTheKey(string metadata, string problem)
    {
        var connection = Item("connectionString", $"host=127.0.0.1 port={server.Port} user=postgres");
        var error = Assert.Throws<ComponentException>(() => Load(metadata.Replace("{connection}", connection)));
        Assert.StartsWith("orders.yaml:", error.Message);
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void AServerThatIsNotThereStopsTheLoadWithTheComponentsName()
    {
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        var error = Assert.Throws<ComponentException>(() => Load(Item("connectionString", $"host=127.0.0.1 port={port} user=postgres password=hunter2 connect_timeout=5")));
        Assert.StartsWith("orders.yaml:", error.Message);
        Assert.Contains("component orders: cannot use PostgreSQL", error.Message);
        Assert.DoesNotContain("hunter2", error.Message);
    }
}
