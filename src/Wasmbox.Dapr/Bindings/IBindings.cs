using System.Collections.Immutable;

namespace Wasmbox.Dapr.Bindings;

/// <summary>A request to an output binding: the operation ("create", "get", "post"…), the data and the metadata, as /v1.0/bindings/NAME takes them.</summary>
public sealed record BindingRequest(string Operation, ReadOnlyMemory<byte> Data, ImmutableDictionary<string, string> Metadata)
{
    /// <summary>The caller waits on its thread (a guest's host call): do the I/O synchronously. See <see cref="Api.DaprRequest.CallerBlocks"/>.</summary>
    public bool CallerBlocks { get; init; }
}

/// <summary>An output binding's answer: data and metadata (daprd sends the metadata as headers "Metadata.K").</summary>
public sealed record BindingResponse(ReadOnlyMemory<byte> Data, ImmutableDictionary<string, string> Metadata);

/// <summary>A binding the app calls out through (bindings.http).</summary>
public interface IOutputBinding : IAsyncDisposable
{
    /// <summary>The operations it supports, as /v1.0/metadata lists them.</summary>
    IReadOnlyList<string> Operations { get; }

    /// <exception cref="BindingException">the operation is unsupported or the target failed</exception>
    ValueTask<BindingResponse> InvokeAsync(BindingRequest request, CancellationToken cancellation = default);
}

/// <summary>An event an input binding delivers to the app: data and metadata.</summary>
public sealed record BindingEvent(ReadOnlyMemory<byte> Data, ImmutableDictionary<string, string> Metadata);

/// <summary>A binding that triggers the app (bindings.cron): each event is handed to the handler; a handler failure is logged by the caller.</summary>
public interface IInputBinding : IAsyncDisposable
{
    /// <summary>Starts delivering events; disposing the result stops them.</summary>
    IAsyncDisposable Start(Func<BindingEvent, CancellationToken, ValueTask> handler);
}

/// <summary>A binding operation failed: <see cref="Status"/> is what daprd would answer (400 for a bad request, 500 for a failed target).</summary>
public sealed class BindingException(int status, string message) : Exception(message)
{
    public int Status { get; } = status;
}
