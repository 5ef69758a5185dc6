using System.Collections.Immutable;
using Wasmbox.Dapr.Api;

namespace Wasmbox.Host.Capabilities;

/// <summary>An HTTP response read whole into a <see cref="DaprResponse"/>, refused past a size limit instead of filling the server's memory.</summary>
public static class HttpAnswer
{
    /// <summary>The response, or null when its body is larger than <paramref name="limit"/> bytes.</summary>
    public static DaprResponse? Read(HttpResponseMessage response, long limit, CancellationToken cancellation)
    {
        if (response.Content.Headers.ContentLength > limit) return null;
        using var stream = response.Content.ReadAsStream(cancellation);
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            if (buffer.Length + read > limit) return null;
            buffer.Write(chunk, 0, read);
        }
        var headers = response.Headers.Concat(response.Content.Headers)
            .Select(h => new KeyValuePair<string, string>(h.Key, string.Join(", ", h.Value))).ToImmutableArray();
        return new DaprResponse((int)response.StatusCode, buffer.ToArray()) { Headers = headers };
    }

    /// <summary>The request's headers and body on <paramref name="message"/>; content headers go on the content.</summary>
    public static void Fill(HttpRequestMessage message, string method, IEnumerable<KeyValuePair<string, string>> headers, ReadOnlyMemory<byte> body)
    {
        if (body.Length > 0 || method is "POST" or "PUT" or "PATCH") message.Content = new ReadOnlyMemoryContent(body);
        foreach (var (name, value) in headers)
        {
            if (!message.Headers.TryAddWithoutValidation(name, value) && message.Content is not null)
                message.Content.Headers.TryAddWithoutValidation(name, value);
        }
    }
}
