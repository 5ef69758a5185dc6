using System.Net;
using System.Text.RegularExpressions;
using Wasmbox.Testing;

namespace Wasmbox.Host.Tests;

/// <summary>
/// Two servers of one app, each with its own data directory, over one resources directory whose
/// state.redis and pubsub.redis components name the same redis-server, as two replicas behind a
/// load balancer run: state written through one is read through the other, and a topic both
/// subscribe to is shared between them, each message handled once.
/// </summary>
public sealed class SharedRedisTests : IClassFixture<RedisServer>
{
    private readonly RedisServer redis;
    private readonly string resources;

    public SharedRedisTests(RedisServer redis)
    {
        this.redis = redis;
        redis.FlushAll();
        resources = Directory.CreateTempSubdirectory("wasmbox-shared-resources-").FullName;
        File.WriteAllText(Path.Combine(resources, "statestore.yaml"), $"""
            apiVersion: dapr.io/v1alpha1
            kind: Component
            metadata:
              name: statestore
            spec:
              type: state.redis
              version: v1
              metadata:
              - name: redisHost
                value: {redis.Host}
            """);
        // A queue of one per server, so neither takes every message before the other looks.
        File.WriteAllText(Path.Combine(resources, "pubsub.yaml"), $"""
            apiVersion: dapr.io/v1alpha1
            kind: Component
            metadata:
              name: pubsub
            spec:
              type: pubsub.redis
              version: v1
              metadata:
              - name: redisHost
                value: {redis.Host}
              - name: queueDepth
                value: "1"
              - name: concurrency
                value: "1"
            """);
    }

    private static string Manifest() => $$"""
        functions:
          - name: counter
            module: {{TestGuests.Example("counter")}}
            routes: [/counter]
            dapr: { state: [statestore] }
          - name: publisher
            module: {{TestGuests.Path("publisher")}}
            routes: [/orders]
            environment: { TOPIC: orders }
            dapr: { publish: [pubsub/orders] }
          - name: tally
            module: {{TestGuests.Path("subscriber")}}
            subscriptions: [{ topic: orders }]
        """;

    private Task<TestServer> StartAsync() => TestServer.StartAsync(Manifest(), new ServeOptions { ResourcesPath = resources });

    [Fact]
    public async Task StateWrittenThroughOneServerIsReadThroughTheOther()
    {
        await using var first = await StartAsync();
        await using var second = await StartAsync();
        Assert.NotEqual(first.DataDirectory, second.DataDirectory);
        // Both count on one key with ETags: concurrent requests through either server never lose an increment.
        var answers = await Task.WhenAll(Enumerable.Range(0, 30).Select(async i =>
        {
            using var response = await (i % 2 == 0 ? first : second).Client.PostAsync("/counter", null);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return int.Parse(await response.Content.ReadAsStringAsync());
        }));
        Assert.Equal(Enumerable.Range(1, 30), answers.Order());
        Assert.Equal("31\n", await (await second.Client.PostAsync("/counter", null)).Content.ReadAsStringAsync());
        Assert.Equal("32\n", await (await first.Client.PostAsync("/counter", null)).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AMessageToATopicBothServersSubscribeToIsHandledOnceOverall()
    {
        await using var first = await StartAsync();
        await using var second = await StartAsync();
        for (var i = 0; i < 20; i++)
        {
            var answer = await (await (i % 2 == 0 ? first : second).Client.PostAsync("/orders", new StringContent($$"""{"n":{{i}}}"""))).Content.ReadAsStringAsync();
            Assert.Contains("publish: 204", answer);
            await Task.Delay(20);
        }
        async Task<List<string>> Handled(TestServer server) =>
            [.. Regex.Matches(await server.LogsAsync("tally"), @"got (\{""n"":\d+\}) on orders").Select(m => m.Groups[1].Value)];
        await ErrorStatusTests.WaitUntil(() => Handled(first).Result.Count + Handled(second).Result.Count >= 20);
        await Task.Delay(1000);   // room for a duplicate to show
        var byFirst = await Handled(first);
        var bySecond = await Handled(second);
        Assert.Equal(Enumerable.Range(0, 20).Select(i => $$"""{"n":{{i}}}""").Order(), byFirst.Concat(bySecond).Order());
        Assert.True(byFirst.Count > 0 && bySecond.Count > 0, $"both servers handled some ({byFirst.Count} and {bySecond.Count})");
    }
}
