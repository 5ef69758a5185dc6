using System.Collections.Immutable;

namespace Wasmbox.Dapr.Bindings;

/// <summary>
/// <c>bindings.http</c>: an output binding that sends the data to <c>url</c> (plus the request's
/// <c>path</c> metadata) with the operation as the HTTP verb (<c>create</c> is POST). Request
/// metadata whose name starts with a capital letter becomes a header, as in daprd; the answer's
/// metadata carries <c>statusCode</c> and <c>status</c>. With <c>errorIfNot2XX</c> (the default) a
/// status outside 2xx is an error. The call is synchronous when the caller blocks (a guest's host call).
/// </summary>
public sealed class HttpOutputBinding : IOutputBinding
{
    private static readonly string[] Verbs = ["create", "get", "head", "post", "put", "patch", "delete", "options", "trace"];

    private readonly Uri url;
    private readonly HttpClient client;
    private readonly long maxResponseBytes;
    private readonly bool errorIfNot2XX;
    private readonly (string Header, string Token)? securityToken;

    public HttpOutputBinding(Uri url, TimeSpan? responseTimeout = null, long maxResponseBytes = 100L << 20, bool errorIfNot2XX = true, (string Header, string Token)? securityToken = null)
    {
        if (url.Scheme is not ("http" or "https")) throw new ArgumentException($"metadata url \"{url}\" is not an http or https URL");
        this.url = url;
        this.maxResponseBytes = maxResponseBytes;
        this.errorIfNot2XX = errorIfNot2XX;
        this.securityToken = securityToken;
        client = new HttpClient(new SocketsHttpHandler { UseCookies = false, PooledConnectionLifetime = TimeSpan.FromMinutes(2) })
        {
            Timeout = responseTimeout ?? Timeout.InfiniteTimeSpan,
        };
    }

    public IReadOnlyList<string> Operations => Verbs;

    public async ValueTask<BindingResponse> InvokeAsync(BindingRequest request, CancellationToken cancellation = default)
    {
        var operation = request.Operation.ToLowerInvariant();
        if (!Verbs.Contains(operation)) throw new BindingException(400, $"operation \"{request.Operation}\" is not supported (supported: {string.Join(", ", Verbs)})");
        var target = request.Metadata.TryGetValue("path", out var path) && path.Length > 0
            ? new Uri(url.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/" + path.TrimStart('/') + url.Query)
            : url;
        using var message = new HttpRequestMessage(new HttpMethod(operation == "create" ? "POST" : operation.ToUpperInvariant()), target);
        if (!request.Data.IsEmpty || operation is "create" or "post" or "put" or "patch") message.Content = new ReadOnlyMemoryContent(request.Data);
        foreach (var (name, value) in request.Metadata.Where(m => m.Key.Length > 0 && char.IsUpper(m.Key[0])))
        {
            if (!message.Headers.TryAddWithoutValidation(name, value)) message.Content?.Headers.TryAddWithoutValidation(name, value);
        }
        if (securityToken is { } token) message.Headers.TryAddWithoutValidation(token.Header, token.Token);
        try
        {
            using var response = request.CallerBlocks
                ? client.Send(message, HttpCompletionOption.ResponseHeadersRead, cancellation)
                : await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellation).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (response.Content.Headers.ContentLength > maxResponseBytes) throw new BindingException(500, $"the response of {target.Authority} is larger than maxResponseBodySize ({maxResponseBytes} bytes)");
            using var stream = request.CallerBlocks ? response.Content.ReadAsStream(cancellation) : await response.Content.ReadAsStreamAsync(cancellation).ConfigureAwait(false);
            var body = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = request.CallerBlocks ? stream.Read(chunk) : await stream.ReadAsync(chunk, cancellation).ConfigureAwait(false)) > 0)
            {
                if (body.Length + read > maxResponseBytes) throw new BindingException(500, $"the response of {target.Authority} is larger than maxResponseBodySize ({maxResponseBytes} bytes)");
                body.Write(chunk, 0, read);
            }
            if (errorIfNot2XX && status is < 200 or > 299)
                throw new BindingException(500, $"received status code {status}");
            var metadata = ImmutableDictionary<string, string>.Empty
                .Add("statusCode", status.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Add("status", $"{status} {response.ReasonPhrase}");
            return new BindingResponse(body.ToArray(), metadata);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException && !cancellation.IsCancellationRequested)
        {
            throw new BindingException(500, $"{target.Authority}: {e.Message}");
        }
    }

    public ValueTask DisposeAsync()
    {
        client.Dispose();
        return ValueTask.CompletedTask;
    }
}
