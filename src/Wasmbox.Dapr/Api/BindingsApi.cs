using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Wasmbox.Dapr.Bindings;
using Wasmbox.Dapr.Components;

namespace Wasmbox.Dapr.Api;

/// <summary>
/// <c>POST|PUT /v1.0/bindings/{name}</c> with <c>{"data":…,"metadata":{…},"operation":"…"}</c>: the
/// output binding's answer as the body (204 when it has none), its metadata as <c>metadata.K</c>
/// headers, as daprd answers. A JSON string as data is sent as its text, anything else as its JSON.
/// The typed <see cref="CallAsync"/> is what the gRPC API calls, with the data's bytes as given.
/// </summary>
public sealed class BindingsApi(ComponentSet components)
{
    public async ValueTask<DaprResponse> InvokeAsync(string name, DaprRequest daprRequest, CancellationToken cancellation)
    {
        var response = await CallAsync(name, Parse(daprRequest.Body) with { CallerBlocks = daprRequest.CallerBlocks }, cancellation).ConfigureAwait(false);
        var headers = response.Metadata.Select(m => new KeyValuePair<string, string>("metadata." + m.Key, m.Value)).ToImmutableArray();
        return response.Data.IsEmpty
            ? DaprResponse.NoContent with { Headers = headers }
            : new DaprResponse(200, response.Data) { Headers = headers };
    }

    /// <summary>Runs <paramref name="request"/> on the output binding <paramref name="name"/>.</summary>
    /// <exception cref="DaprError">no such binding, or it failed (ERR_INVOKE_OUTPUT_BINDING)</exception>
    public async ValueTask<BindingResponse> CallAsync(string name, BindingRequest request, CancellationToken cancellation)
    {
        var binding = components.OutputBindings.GetValueOrDefault(name)
            ?? throw new DaprError(500, "ERR_INVOKE_OUTPUT_BINDING", $"error invoking output binding {name}: couldn't find output binding {name}");
        try
        {
            return await binding.InvokeAsync(request, cancellation).ConfigureAwait(false);
        }
        catch (BindingException e)
        {
            throw new DaprError(e.Status == 400 ? 400 : 500, "ERR_INVOKE_OUTPUT_BINDING", $"error invoking output binding {name}: {e.Message}");
        }
    }

    private static BindingRequest Parse(ReadOnlyMemory<byte> body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw DaprError.Malformed("the binding request must be a JSON object {\"data\",\"metadata\",\"operation\"}");
            var operation = root.TryGetProperty("operation", out var op) && op.ValueKind == JsonValueKind.String ? op.GetString()! : "";
            if (operation.Length == 0) throw DaprError.Malformed("the binding request has no operation");
            var data = root.TryGetProperty("data", out var d) ? d.ValueKind switch
            {
                JsonValueKind.String => Encoding.UTF8.GetBytes(d.GetString()!),
                JsonValueKind.Null => [],
                _ => Encoding.UTF8.GetBytes(d.GetRawText()),
            } : [];
            var metadata = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            if (root.TryGetProperty("metadata", out var m) && m.ValueKind == JsonValueKind.Object)
            {
                foreach (var entry in m.EnumerateObject())
                    metadata[entry.Name] = entry.Value.ValueKind == JsonValueKind.String ? entry.Value.GetString()! : entry.Value.GetRawText();
            }
            return new BindingRequest(operation, data, metadata.ToImmutable());
        }
        catch (JsonException e) { throw DaprError.Malformed($"the binding request is not valid JSON: {e.Message}"); }
    }
}
