using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Wasmbox.Host.Tests;

/// <summary>`wasmbox serve` as its own process, as a user starts it (the CLI built beside the tests).</summary>
internal sealed class ServerProcess(Process process, HttpClient client, string data, System.Text.StringBuilder output, System.Text.StringBuilder standardOutput) : IAsyncDisposable
{
    public HttpClient Client => client;

    /// <summary>What the process wrote so far, stdout and stderr interleaved.</summary>
    public string Output { get { lock (output) return output.ToString(); } }

    /// <summary>What the process wrote so far to stdout alone.</summary>
    public string StandardOutput { get { lock (output) return standardOutput.ToString(); } }

    /// <summary>Serves MANIFEST; the Dapr API ports are off unless <paramref name="daprPorts"/> says otherwise (empty: the defaults).</summary>
    public static async Task<ServerProcess> StartAsync(string manifest, string data, string[]? daprPorts = null)
    {
        var port = FreePort();
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "wasmbox"),
            ["serve", "--config", manifest, "--listen", $"127.0.0.1:{port}", "--data-dir", data, .. daprPorts ?? ["--dapr-http-port", "off", "--dapr-grpc-port", "off"]])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start)!;
        var output = new System.Text.StringBuilder();
        var standardOutput = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, line) => { lock (output) { output.AppendLine(line.Data); standardOutput.AppendLine(line.Data); } };
        process.ErrorDataReceived += (_, line) => { lock (output) output.AppendLine(line.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) };
        for (var i = 0; i < 600; i++)
        {
            try
            {
                if ((await client.GetAsync("readyz")).StatusCode == HttpStatusCode.OK) return new ServerProcess(process, client, data, output, standardOutput);
            }
            catch (HttpRequestException) { }
            if (process.HasExited) throw new InvalidOperationException($"wasmbox serve exited with {process.ExitCode}");
            await Task.Delay(50);
        }
        process.Kill();
        throw new TimeoutException("wasmbox serve did not become ready");
    }

    public Task<string> LogsAsync(string function) => AdminGetAsync($"admin/v1/functions/{function}/logs?lines=2000");

    /// <summary>GET of an admin API path with the server's token; the body.</summary>
    public async Task<string> AdminGetAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new("Bearer", File.ReadAllText(Path.Combine(data, "admin-token")).Trim());
        return await (await client.SendAsync(request)).Content.ReadAsStringAsync();
    }

    public void KillHard()
    {
        process.Kill();   // SIGKILL: no shutdown, no flush
        process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            Process.Start("kill", ["-TERM", process.Id.ToString()])!.WaitForExit();
            if (!process.WaitForExit(10_000)) process.Kill();
        }
        await process.WaitForExitAsync();
        client.Dispose();
        process.Dispose();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
