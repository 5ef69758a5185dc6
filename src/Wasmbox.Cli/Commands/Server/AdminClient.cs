using System.Net.Http.Headers;
using Wasmbox.Host.Admin;

namespace Wasmbox.Cli.Commands.Server;

/// <summary>
/// The CLI's side of the admin API: finds the server (--server, WASMBOX_SERVER, or
/// http://127.0.0.1:8080) and the token (WASMBOX_TOKEN, else WASMBOX_ADMIN_TOKEN as the server reads it, else
/// DIR/admin-token of --data-dir, default .wasmbox).
/// </summary>
internal sealed class AdminClient : IDisposable
{
    public const string DefaultServer = "http://127.0.0.1:8080";

    private AdminClient(HttpClient http) => Http = http;

    public HttpClient Http { get; }

    /// <summary>Takes --server URL and --data-dir DIR out of <paramref name="arguments"/>; null with a message when they are wrong.</summary>
    public static AdminClient? Create(List<string> arguments, out string? problem)
    {
        problem = null;
        var server = Take(arguments, "--server") ?? Environment.GetEnvironmentVariable("WASMBOX_SERVER") ?? DefaultServer;
        var dataDirectory = Take(arguments, "--data-dir") ?? ".wasmbox";
        if (!Uri.TryCreate(server, UriKind.Absolute, out var baseUri) || baseUri.Scheme is not ("http" or "https"))
        {
            problem = $"\"{server}\" is not a server URL (e.g. http://127.0.0.1:8080)";
            return null;
        }
        var token = Environment.GetEnvironmentVariable("WASMBOX_TOKEN");
        if (string.IsNullOrEmpty(token)) token = Environment.GetEnvironmentVariable(AdminToken.EnvironmentVariable);
        if (string.IsNullOrEmpty(token))
        {
            var path = Path.Combine(dataDirectory, AdminToken.FileName);
            try
            {
                token = File.Exists(path) ? File.ReadAllText(path).Trim() : null;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problem = $"cannot read the admin token in {path}: {e.Message}";
                return null;
            }
        }
        var http = new HttpClient { BaseAddress = baseUri, Timeout = Timeout.InfiniteTimeSpan };
        http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("wasmbox-cli", "1"));
        if (token is not null) http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new AdminClient(http);
    }

    /// <summary>Removes "--name VALUE" or "--name=VALUE" from the list and returns the value.</summary>
    public static string? Take(List<string> arguments, string name)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i] == name && i + 1 < arguments.Count)
            {
                var value = arguments[i + 1];
                arguments.RemoveRange(i, 2);
                return value;
            }
            if (arguments[i].StartsWith(name + "=", StringComparison.Ordinal))
            {
                var value = arguments[i][(name.Length + 1)..];
                arguments.RemoveAt(i);
                return value;
            }
        }
        return null;
    }

    public static bool TakeFlag(List<string> arguments, string name) => arguments.Remove(name);

    public static string Escape(string name) => Uri.EscapeDataString(name);

    public void Dispose() => Http.Dispose();
}
