using System.Security.Cryptography;
using System.Text;

namespace Wasmbox.Host.Admin;

/// <summary>
/// The bearer token the admin API requires: WASMBOX_ADMIN_TOKEN when set, otherwise the
/// data directory's admin-token file, made on first start with mode 0600 (where the CLI finds it).
/// </summary>
public sealed class AdminToken
{
    public const string FileName = "admin-token";
    public const string EnvironmentVariable = "WASMBOX_ADMIN_TOKEN";

    private readonly FixedTimeSecret secret;

    public AdminToken(string token)
    {
        if (token.Length < 16) throw new ArgumentException("the admin token must be at least 16 characters long");
        secret = new FixedTimeSecret(token);
        Source = "";
    }

    /// <summary>Where the token came from, for the start-up line.</summary>
    public string Source { get; private init; }

    public static AdminToken Resolve(string? given, string dataDirectory)
    {
        if (!string.IsNullOrEmpty(given)) return new AdminToken(given) { Source = "given" };
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment)
            return new AdminToken(fromEnvironment) { Source = EnvironmentVariable };
        var path = Path.Combine(dataDirectory, FileName);
        if (File.Exists(path))
            return new AdminToken(File.ReadAllText(path).Trim()) { Source = path };
        Directory.CreateDirectory(dataDirectory);
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var temporary = path + ".tmp";
        var fileOptions = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) fileOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var file = new FileStream(temporary, fileOptions))
        {
            file.Write(Encoding.ASCII.GetBytes(token + "\n"));
            file.Flush(flushToDisk: true);
        }
        File.Move(temporary, path, overwrite: true);
        return new AdminToken(token) { Source = path + " (new)" };
    }

    /// <summary>Compares in fixed time (see <see cref="FixedTimeSecret"/>).</summary>
    public bool Matches(string? presented) => secret.Matches(presented);
}
