using System.Collections.Immutable;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Wasmbox.Dapr.Api;
using Wasmbox.Host.Capabilities;

namespace Wasmbox.Host.Invocation;

/// <summary>
/// Service invocation (<c>/v1.0/invoke/{appId}/method/{method}</c>): this server's own app id
/// reaches its function routes over loopback HTTP, so a call goes through exactly what an
/// outside request goes through (routing, limits, admission, logs, request id). Other app ids
/// are not known yet (the cluster issue names them): 404 ERR_DIRECT_INVOKE, as daprd answers for
/// an app it cannot resolve. daprd's <c>dapr-caller-app-id</c>/<c>dapr-callee-app-id</c> are set.
/// </summary>
public sealed class ServiceInvoker(IServer server, ServeOptions options) : IServiceInvoker, IDisposable
{
    /// <summary>The most a called function's answer may hold; more is refused as a transport error.</summary>
    private const long MaxResponseBytes = 64L << 20;

    private readonly HttpClient client = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };
    private Uri? self;

    public async ValueTask<DaprResponse> InvokeAsync(string appId, DaprRequest request, CancellationToken cancellation)
    {
        if (appId != options.AppId)
            throw new DaprError(404, "ERR_DIRECT_INVOKE", $"failed to invoke, id: {appId}: app id {appId} is not known to this Wasmbox (its own app id is {options.AppId})");
        var query = request.Query.IsEmpty ? "" : "?" + string.Join('&', request.Query.Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value)}"));
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), new Uri(Self(), request.Path.TrimStart('/') + query));
        HttpAnswer.Fill(message, request.Method, request.Headers
            .Where(h => !h.Key.Equals("Host", StringComparison.OrdinalIgnoreCase))
            .Append(new("dapr-caller-app-id", options.AppId))
            .Append(new("dapr-callee-app-id", appId)), request.Body);
        try
        {
            using var response = request.CallerBlocks
                ? client.Send(message, HttpCompletionOption.ResponseHeadersRead, cancellation)
                : await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellation).ConfigureAwait(false);
            var answer = HttpAnswer.Read(response, MaxResponseBytes, cancellation)
                ?? throw new DaprError(500, "ERR_DIRECT_INVOKE", $"failed to invoke, id: {appId}: the answer is larger than {MaxResponseBytes} bytes");
            return answer with { Headers = [.. answer.Headers.Where(h => !h.Key.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase))] };
        }
        catch (Exception e) when (e is HttpRequestException or IOException or OperationCanceledException)
        {
            throw new DaprError(500, "ERR_DIRECT_INVOKE", $"failed to invoke, id: {appId}, err: {e.Message}");
        }
    }

    /// <summary>The address this server listens on, read once it is listening (port 0 resolves then); a wildcard address is reached over loopback.</summary>
    private Uri Self()
    {
        if (self is not null) return self;
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new DaprError(500, "ERR_DIRECT_INVOKE", "the server is not listening yet");
        var uri = new UriBuilder(address.Replace("0.0.0.0", "127.0.0.1").Replace("[::]", "[::1]"));
        return self = new Uri(uri.Uri.GetLeftPart(UriPartial.Authority) + "/");
    }

    public void Dispose() => client.Dispose();
}
