using System.Net;

namespace Wasmbox.Host.Tests;

/// <summary>Swaps under load, the sandbox a function gets, neighbours that misbehave, and a graceful stop.</summary>
public sealed class LifecycleTests
{
    [Fact]
    public async Task RedeployAndRollbackUnderLoadFailNoRequest()
    {
        await using var server = await TestServer.StartAsync(null);
        var echo = TestGuests.Bytes("echo");
        await server.DeployAsync("svc", echo, """{"routes":["/svc"],"environment":{"SHOW":"V","V":"1"}}""");
        using var stop = new CancellationTokenSource();
        var seen = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
        var failures = 0;
        var load = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var response = await server.Client.GetAsync("/svc");
                if (response.StatusCode != HttpStatusCode.OK) Interlocked.Increment(ref failures);
                seen.AddOrUpdate(await response.Content.ReadAsStringAsync(), 1, (_, n) => n + 1);
            }
        })).ToList();
        for (var version = 2; version <= 6; version++)
        {
            await Task.Delay(100);
            using var deployed = await server.DeployAsync("svc", echo, $$$"""{"routes":["/svc"],"environment":{"SHOW":"V","V":"{{{version}}}"}}""");
            Assert.Equal(HttpStatusCode.Created, deployed.StatusCode);
        }
        await Task.Delay(100);
        Assert.Equal(HttpStatusCode.OK, (await server.Admin.PostAsync("admin/v1/functions/svc/rollback?to=3", null)).StatusCode);
        await Task.Delay(200);
        stop.Cancel();
        await Task.WhenAll(load);
        Assert.Equal(0, failures);
        Assert.True(seen.Keys.Count(k => k.StartsWith("V=")) >= 3, string.Join(", ", seen.Keys));
        Assert.All(seen.Keys, k => Assert.Matches("^V=[1-6]\n$", k));
        Assert.Equal("V=3\n", await server.Client.GetStringAsync("/svc"));
    }

    [Fact]
    public async Task MaxInstancesHoldsAcrossASwap()
    {
        await using var server = await TestServer.StartAsync(null, prepare: root => Directory.CreateDirectory(Path.Combine(root, "gate")));
        var gate = TestGuests.Bytes("gate");
        var spec = $$$"""{"routes":["/busy"],"directories":[{"host":"{{{Path.Combine(server.Root, "gate")}}}","guest":"/gate","readOnly":true}],"limits":{"timeout":"30s","maxInstances":1,"queue":0}}""";
        await server.DeployAsync("busy", gate, spec);
        // Version 1's request takes the one instance allowed and keeps it until the gate opens:
        // there is no deadline for a slow machine to pass before the swap below.
        var running = server.Client.GetAsync("/busy");
        await ErrorStatusTests.WaitUntil(() => server.Registry.Table.Functions["busy"].Admission.Running == 1);
        await server.DeployAsync("busy", gate, spec);   // version 2, same limits
        Assert.Equal(2, server.Registry.Table.Functions["busy"].Version.Version);
        // The one instance allowed is still taken by version 1's request.
        using var refused = await server.Client.GetAsync("/busy");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal(1, server.Registry.Table.Functions["busy"].Admission.Running);

        OpenGate(server);
        // Version 1's request runs to its end through the swap, and then version 2 has the instance.
        using var first = await running;
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("released\n", await first.Content.ReadAsStringAsync());
        await ErrorStatusTests.WaitUntil(() => server.Registry.Table.Functions["busy"].Admission.Running == 0);
        Assert.Equal("released\n", await server.Client.GetStringAsync("/busy"));
    }

    /// <summary>Lets every request to the gate guest of <paramref name="server"/> finish (see Guests/gate.c).</summary>
    private static void OpenGate(TestServer server) => File.WriteAllText(Path.Combine(server.Root, "gate", "open"), "");

    [Fact]
    public async Task AFunctionSeesOnlyWhatItWasGranted()
    {
        await using var server = await TestServer.StartAsync($$"""
            functions:
              - name: sandbox
                module: {{TestGuests.Path("sandbox")}}
                routes: [/sandbox]
                environment: { GRANTED: "yes" }
                directories:
                  - host: {dir}/granted
                    guest: /data
                    read-only: true
            """, prepare: root =>
        {
            Directory.CreateDirectory(Path.Combine(root, "granted"));
            File.WriteAllText(Path.Combine(root, "granted", "in.txt"), "the granted file\n");
        });
        var report = await server.Client.GetStringAsync("/sandbox");
        Assert.Contains("granted file: the granted file", report);
        Assert.Contains("outside: refused", report);
        Assert.Contains("absolute: refused", report);
        Assert.Contains("write: refused", report);
        Assert.Contains("HOME=(unset) PATH=(unset) GRANTED=yes", report);
        Assert.False(File.Exists(Path.Combine(server.Root, "granted", "new.txt")));
    }

    [Fact]
    public async Task HostileNeighboursDoNotFailHello()
    {
        await using var server = await TestServer.StartAsync($$"""
            functions:
              - name: hello
                module: {{TestGuests.Example("hello")}}
                routes: [/hello]
              - name: loop
                module: {{TestGuests.Path("loop")}}
                routes: [/loop]
                limits: { timeout: 100ms, max-instances: 2, queue: 2 }
              - name: bomb
                module: {{TestGuests.Path("bomb")}}
                routes: [/bomb]
                limits: { memory: 64MiB, max-instances: 2, queue: 2 }
              - name: recurse
                module: {{TestGuests.Path("recurse")}}
                routes: [/recurse]
                limits: { max-instances: 2, queue: 2 }
              - name: trap
                module: {{TestGuests.Path("trap")}}
                routes: [/trap]
            """);
        using var stop = new CancellationTokenSource();
        var hostileStatuses = new System.Collections.Concurrent.ConcurrentBag<HttpStatusCode>();
        var hostile = new[] { "/loop", "/bomb", "/recurse", "/trap" }.SelectMany(route => Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var response = await server.Client.GetAsync(route);
                hostileStatuses.Add(response.StatusCode);
            }
        }))).ToList();
        var helloFailures = 0;
        for (var i = 0; i < 300; i++)
        {
            using var response = await server.Client.GetAsync("/hello");
            if (response.StatusCode != HttpStatusCode.OK || await response.Content.ReadAsStringAsync() != "Hello, world!\n") helloFailures++;
        }
        stop.Cancel();
        await Task.WhenAll(hostile);
        Assert.Equal(0, helloFailures);
        Assert.Contains(HttpStatusCode.GatewayTimeout, hostileStatuses);
        Assert.Contains(HttpStatusCode.InternalServerError, hostileStatuses);
        Assert.DoesNotContain(HttpStatusCode.OK, hostileStatuses);
    }

    [Fact]
    public async Task ASecondServerCannotUseTheSameDataDirectory()
    {
        await using var server = await TestServer.StartAsync(null);
        var error = Assert.Throws<Storage.DataDirectoryInUseException>(() => WasmboxServer.Create(server.Options with { Listen = new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, 0) }));
        Assert.Contains("another wasmbox serve is using the data directory", error.Message);
        await server.StopAsync();
        await server.StartAgainAsync();   // released when the first one stopped
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync("healthz")).StatusCode);
    }

    [Fact]
    public async Task StoppingLetsRequestsInFlightFinish()
    {
        await using var server = await TestServer.StartAsync($$"""
            functions:
              - name: slow
                module: {{TestGuests.Path("gate")}}
                routes: [/slow]
                directories:
                  - host: {dir}/gate
                    guest: /gate
                    read-only: true
                limits: { timeout: 30s }
            """, prepare: root => Directory.CreateDirectory(Path.Combine(root, "gate")));
        // The request is in flight, its guest running, until the gate opens: the stop surely
        // begins while it runs, however slow the machine.
        var inFlight = server.Client.GetAsync("/slow");
        await ErrorStatusTests.WaitUntil(() => server.Registry.Table.Functions["slow"].Admission.Running == 1);
        var stopping = server.Server.StopAsync();
        Assert.False(stopping.IsCompleted);   // the stop waits for it
        OpenGate(server);
        // The request runs to its own end, not cut off by the stop.
        using var response = await inFlight;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("released\n", await response.Content.ReadAsStringAsync());
        await stopping;
    }

    [Fact]
    public async Task WatchRedeploysAChangedModuleAndKeepsServingWhenTheNewOneIsRefused()
    {
        await using var server = await TestServer.StartAsync("""
            functions:
              - name: watched
                module: {dir}/watched.wasm
                routes: [/watched]
                environment: { SHOW: "NAME", NAME: "x" }
            """, new ServeOptions { Watch = true }, root => File.Copy(TestGuests.Path("echo"), Path.Combine(root, "watched.wasm")));
        Assert.Equal(1, server.Registry.Table.Functions["watched"].Version.Version);
        var module = Path.Combine(server.Root, "watched.wasm");

        File.WriteAllBytes(module, [0, 97, 115, 109, 1, 0, 0, 0, 0xff]);   // refused: keeps version 1
        await ErrorStatusTests.WaitUntil(() => server.LogsAsync("watched").Result.Contains("changed but was refused"));
        Assert.Equal("NAME=x\n", await server.Client.GetStringAsync("/watched"));

        File.Copy(TestGuests.Path("cgi"), module, overwrite: true);   // a different valid command module
        await ErrorStatusTests.WaitUntil(() => server.Registry.Table.Functions["watched"].Version.Version == 2);
        // The deploy's log line is written just after the swap that the wait above saw.
        await ErrorStatusTests.WaitUntil(() => server.LogsAsync("watched").Result.Contains("deployed by watch"));
        Assert.Equal(2, server.Registry.Table.Functions["watched"].Version.Version);   // once, not again for the same change
    }
}
