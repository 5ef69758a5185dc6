using System.Net;
using System.Net.Sockets;

namespace Wasmbox.Host.Tests;

/// <summary>
/// `./wasmbox serve` on a machine where daprd (or another wasmbox) already has daprd's default
/// ports: the functions are served anyway, and the output says which Dapr API is off and how to move it.
/// </summary>
public sealed class DefaultDaprPortsTests
{
    [Fact]
    public async Task TakenDefaultDaprPortsTurnThoseApisOffWithASayNotAFailedStart()
    {
        // Hold 3500 and 50001 unless something else on the machine already does: taken either way.
        var held = new List<TcpListener>();
        foreach (var port in new[] { 3500, 50001 })
        {
            var listener = new TcpListener(IPAddress.Loopback, port);
            try { listener.Start(); held.Add(listener); }
            catch (SocketException) { listener.Dispose(); }
        }
        try
        {
            var root = Directory.CreateTempSubdirectory("wasmbox-default-ports-").FullName;
            var manifest = Path.Combine(root, "wasmbox.yaml");
            File.WriteAllText(manifest, $"functions:\n  - name: hello\n    module: {TestGuests.Example("hello")}\n    routes: [/hello]\n");
            await using var server = await ServerProcess.StartAsync(manifest, Path.Combine(root, "data"), daprPorts: []);

            Assert.Equal("Hello, world!\n", await server.Client.GetStringAsync("hello"));
            await ErrorStatusTests.WaitUntil(() => server.Output.Contains("admin API at"));
            Assert.Contains("port 3500 is taken (a daprd or another wasmbox?): the Dapr HTTP API for other apps is off; give --dapr-http-port PORT", server.Output);
            Assert.Contains("port 50001 is taken (a daprd or another wasmbox?): the Dapr gRPC API for other apps is off; give --dapr-grpc-port PORT", server.Output);
            Assert.DoesNotContain("the Dapr API for other apps on", server.Output);
        }
        finally
        {
            foreach (var listener in held) listener.Dispose();
        }
    }
}
