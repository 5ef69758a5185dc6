using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;

namespace Wasmbox.Host.Dashboard;

/// <summary>One file of the dashboard: its bytes, media type and an ETag from its content.</summary>
internal sealed record DashboardAsset(byte[] Content, string ContentType, string ETag);

/// <summary>
/// The dashboard's files (wwwroot, embedded in this assembly at build time): nothing is read from
/// disk or fetched at run time, so the page is the one built with this server.
/// </summary>
internal static class DashboardAssets
{
    private const string ResourcePrefix = "dashboard/";

    private static readonly FrozenDictionary<string, DashboardAsset> Files = Load();

    /// <summary>The file named <paramref name="name"/> ("index.html", "js/api.js"), or null.</summary>
    public static DashboardAsset? Find(string name) => Files.GetValueOrDefault(name);

    private static FrozenDictionary<string, DashboardAsset> Load()
    {
        var assembly = typeof(DashboardAssets).Assembly;
        var files = new Dictionary<string, DashboardAsset>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            var content = Read(assembly, resource);
            var etag = $"\"{Convert.ToHexString(SHA256.HashData(content))[..16].ToLowerInvariant()}\"";
            files[resource[ResourcePrefix.Length..].Replace('\\', '/')] = new DashboardAsset(content, ContentTypeOf(resource), etag);
        }
        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static byte[] Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static string ContentTypeOf(string name) => Path.GetExtension(name) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".svg" => "image/svg+xml",
        _ => "application/octet-stream",
    };
}
