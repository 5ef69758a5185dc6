using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Wasmbox.Host;
using Wasmbox.Host.Tests;
using Wasmbox.Testing;

namespace Wasmbox.Deploy.Tests;

/// <summary>
/// The cluster's manifest, from the image's layout, run over the very Dapr files of
/// deploy/kubernetes/dapr against a real redis-server: first as a laptop runs them (embedded,
/// --resources-path deploy/laptop), then as the container runs in its pod (a Dapr app whose
/// building blocks go to daprd, played by a second Wasmbox serving the Dapr API over those
/// components), answering what daprd calls on it: the Subscription's route, the cron binding.
/// </summary>
public sealed class DeployClusterRunTests : IClassFixture<RedisServer>, IDisposable
{
    private readonly RedisServer redis;
    private readonly ImageLayout image = ImageLayout.Build();
    private readonly string resources = Directory.CreateTempSubdirectory("wasmbox-deploy-resources-").FullName;

    public DeployClusterRunTests(RedisServer redis)
    {
        this.redis = redis;
        redis.FlushAll();
        // deploy/laptop as it is (its links read through), its secret pointing at the test's Redis.
        foreach (var file in Directory.EnumerateFiles(DeployFolder.Laptop)) File.Copy(file, Path.Combine(resources, Path.GetFileName(file)));
        var secrets = JsonNode.Parse(File.ReadAllText(Path.Combine(resources, "redis.json")))!;
        secrets["wasmbox-redis"]!["redis-host"] = redis.Host;
        File.WriteAllText(Path.Combine(resources, "redis.json"), secrets.ToJsonString());
    }

    private string Manifest => image.HostPath(DeployFolder.Option(DeployFolder.Container.Args, "--config")!);

    private static DaprSubscription Subscription => DeployFolder.Single<DaprSubscription>();

    /// <summary>A server over <paramref name="options"/> with the cluster's manifest from the image.</summary>
    private async Task<TestServer> ServeTheClusterManifest(ServeOptions options)
    {
        var server = await TestServer.StartAsync(null);
        await server.StopAsync();
        await server.StartAgainAsync(server.Options with { ManifestPath = Manifest, ResourcesPath = options.ResourcesPath, DaprSidecar = options.DaprSidecar });
        return server;
    }

    [Fact]
    public async Task OnALaptopTheClusterFilesServeTheOrderPipelineFromRedis()
    {
        await using var server = await ServeTheClusterManifest(new ServeOptions { ResourcesPath = resources });
        Assert.Equal("1\n", await (await server.Client.PostAsync("/counter", null)).Content.ReadAsStringAsync());
        Assert.Equal(":1", redis.Command("EXISTS wasmbox||count"));   // daprd's key layout: APPID||KEY

        using var placed = await server.Client.PostAsync("/orders", new StringContent("""{"id":7,"item":"tea"}"""));
        Assert.True(placed.IsSuccessStatusCode, await placed.Content.ReadAsStringAsync());
        Assert.Equal(":1", redis.Command($"XLEN {Subscription.Spec.Topic}"));   // the topic is a Redis stream
        // The Subscription resource, read by Wasmbox here, runs order-store for it.
        await WaitUntil(async () => (await server.Client.GetStringAsync("/orders")).Contains("\"item\":\"tea\""));
        Assert.Equal(":1", redis.Command("EXISTS wasmbox||orders"));
    }

    [Fact]
    public async Task InItsPodTheClusterManifestAnswersWhatDaprdCallsAndKeepsItsStateInDaprdsStores()
    {
        // daprd's stand-in: the Dapr API over the same component files, with the app id the pod's daprd has.
        await using var daprd = await TestServer.StartAsync("functions: []\n", new ServeOptions { ResourcesPath = resources, DaprHttpPort = 0, AppId = DeployFolder.Deployment.Spec.Template.Metadata.Annotations["dapr.io/app-id"] });
        await using var app = await ServeTheClusterManifest(new ServeOptions { DaprSidecar = daprd.Server.DaprHttpAddress });

        // Nothing subscribes programmatically: the Subscription resource is daprd's one route for the topic.
        Assert.Equal("[]", await app.Client.GetStringAsync("/dapr/subscribe"));

        Assert.Equal("1\n", await (await app.Client.PostAsync("/counter", null)).Content.ReadAsStringAsync());
        Assert.Equal("2\n", await (await app.Client.PostAsync("/counter", null)).Content.ReadAsStringAsync());
        Assert.Equal(":1", redis.Command("EXISTS wasmbox||count"));

        using var placed = await app.Client.PostAsync("/orders", new StringContent("""{"id":8,"item":"cake"}"""));
        Assert.True(placed.IsSuccessStatusCode, await placed.Content.ReadAsStringAsync());
        Assert.Equal(":1", redis.Command($"XLEN {Subscription.Spec.Topic}"));

        // daprd delivers the topic's event to the Subscription's route, as a structured CloudEvent.
        var cloudEvent = new JsonObject
        {
            ["specversion"] = "1.0", ["id"] = "order-8", ["source"] = "wasmbox", ["type"] = "com.dapr.event.sent",
            ["datacontenttype"] = "application/json", ["data"] = new JsonObject { ["id"] = 8, ["item"] = "cake" },
            ["topic"] = Subscription.Spec.Topic, ["pubsubname"] = Subscription.Spec.Pubsubname,
        };
        using var delivered = await app.Client.PostAsync(Subscription.Spec.Routes.Default,
            new StringContent(cloudEvent.ToJsonString(), Encoding.UTF8, "application/cloudevents+json"));
        Assert.Equal(HttpStatusCode.OK, delivered.StatusCode);
        Assert.Equal("SUCCESS", JsonDocument.Parse(await delivered.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString());
        Assert.Contains("\"item\":\"cake\"", await app.Client.GetStringAsync("/orders"));

        // The cron binding of deploy/kubernetes/dapr: daprd asks whether the app takes it, then posts each tick.
        var binding = DeployFolder.All<DaprComponent>().Single(c => c.Spec.Type == "bindings.cron").Metadata.Name;
        using var asked = await app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Options, "/" + binding));
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        using var tick = new HttpRequestMessage(HttpMethod.Post, "/" + binding) { Content = new StringContent("") };
        tick.Headers.Add("readTimeUTC", "2026-12-07T00:00:00Z");
        Assert.Equal(HttpStatusCode.OK, (await app.Client.SendAsync(tick)).StatusCode);
        Assert.Equal("""{"ticks":1,"last":"2026-12-07T00:00:00Z"}""" + "\n", await app.Client.GetStringAsync("/ticks"));
    }

    private static async Task WaitUntil(Func<Task<bool>> condition, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(condition))] string? what = null)
    {
        for (var i = 0; i < 1500; i++)
        {
            if (await condition()) return;
            await Task.Delay(10);
        }
        Assert.Fail($"still not so after 15 s: {what}");
    }

    public void Dispose()
    {
        image.Dispose();
        try { Directory.Delete(resources, recursive: true); } catch (IOException) { }
    }
}
