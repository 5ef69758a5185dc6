using System.Text.Json;

namespace Wasmbox.Dapr.Secrets;

/// <summary>
/// <c>secretstores.local.file</c>: a JSON file read at start. Nested objects are flattened with
/// <c>nestedSeparator</c> ("a:b"), as daprd does; with <c>multiValued</c>, each top-level key is a
/// secret whose values are its (flattened) children instead.
/// </summary>
public sealed class LocalFileSecretStore : ISecretStore
{
    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> secrets = new(StringComparer.Ordinal);

    /// <exception cref="ArgumentException">the file is missing or not a JSON object</exception>
    public LocalFileSecretStore(string path, string nestedSeparator = ":", bool multiValued = false)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            root = document.RootElement.Clone();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            throw new ArgumentException($"the secrets file {path} cannot be read: {e.Message}");
        }
        if (root.ValueKind != JsonValueKind.Object) throw new ArgumentException($"the secrets file {path} must hold a JSON object");
        if (multiValued)
        {
            foreach (var secret in root.EnumerateObject())
            {
                var values = new Dictionary<string, string>(StringComparer.Ordinal);
                if (secret.Value.ValueKind == JsonValueKind.Object) Flatten(secret.Value, "", nestedSeparator, values);
                else values[secret.Name] = Text(secret.Value);
                secrets[secret.Name] = values;
            }
        }
        else
        {
            var flat = new Dictionary<string, string>(StringComparer.Ordinal);
            Flatten(root, "", nestedSeparator, flat);
            foreach (var (name, value) in flat) secrets[name] = new Dictionary<string, string> { [name] = value };
        }
    }

    private static void Flatten(JsonElement element, string prefix, string separator, Dictionary<string, string> into)
    {
        foreach (var property in element.EnumerateObject())
        {
            var name = prefix.Length == 0 ? property.Name : prefix + separator + property.Name;
            if (property.Value.ValueKind == JsonValueKind.Object) Flatten(property.Value, name, separator, into);
            else into[name] = Text(property.Value);
        }
    }

    private static string Text(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();

    public IReadOnlyDictionary<string, string>? Get(string name) => secrets.GetValueOrDefault(name);

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> GetAll() => secrets;

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
