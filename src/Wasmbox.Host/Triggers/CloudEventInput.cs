using System.Text;
using System.Text.Json;
using Wasmbox.Dapr.PubSub;

namespace Wasmbox.Host.Triggers;

/// <summary>
/// What a function run for a pub/sub message gets: the event's data on stdin (JSON as its text, a
/// string as its characters, <c>data_base64</c> decoded, a raw payload as is) and its attributes
/// as CE_* environment variables.
/// </summary>
public sealed record CloudEventInput(byte[] Data, IReadOnlyList<KeyValuePair<string, string>> Environment)
{
    // "topic" is the topic it was delivered on (a dead letter's envelope still names the first one).
    private static readonly string[] Attributes = ["id", "type", "source", "specversion", "pubsubname", "datacontenttype", "subject", "time", "traceparent", "tracestate"];

    /// <summary>An attribute as the guest sees it (CE_TRACEPARENT), or null when the event has none.</summary>
    public string? Attribute(string variable) => Environment.FirstOrDefault(v => v.Key == variable).Value;

    public static CloudEventInput From(PubSubMessage message, int attempt)
    {
        var environment = new List<KeyValuePair<string, string>>();
        byte[] data = message.Data;
        if (message.ContentType.StartsWith(Dapr.Api.PubSubApi.CloudEventContentType, StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                using var document = JsonDocument.Parse(message.Data);
                var envelope = document.RootElement;
                foreach (var attribute in Attributes)
                {
                    if (envelope.TryGetProperty(attribute, out var value) && value.ValueKind == JsonValueKind.String)
                        environment.Add(new($"CE_{attribute.ToUpperInvariant()}", value.GetString()!));
                }
                data = envelope.TryGetProperty("data_base64", out var base64) && base64.ValueKind == JsonValueKind.String ? Convert.FromBase64String(base64.GetString()!)
                    : envelope.TryGetProperty("data", out var inner) ? (inner.ValueKind == JsonValueKind.String ? Encoding.UTF8.GetBytes(inner.GetString()!) : Encoding.UTF8.GetBytes(inner.GetRawText()))
                    : [];
            }
            catch (Exception e) when (e is JsonException or FormatException) { /* not a readable CloudEvent: delivered as published */ }
        }
        if (!environment.Any(v => v.Key == "CE_ID")) environment.Add(new("CE_ID", message.Id));
        environment.Add(new("CE_TOPIC", message.Topic));
        if (!environment.Any(v => v.Key == "CE_DATACONTENTTYPE")) environment.Add(new("CE_DATACONTENTTYPE", message.ContentType));
        environment.Add(new("CE_DELIVERY_ATTEMPT", attempt.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return new CloudEventInput(data, environment);
    }
}
