using Npgsql;

namespace Wasmbox.Dapr.State;

/// <summary>
/// Dapr's <c>connectionString</c> for PostgreSQL as daprd's driver (pgx) reads it — libpq
/// keyword/value pairs (<c>host=db user=app password='a b' dbname=state</c>) or a URI
/// (<c>postgres://app:secret@db:5432/state?sslmode=require</c>) — turned into Npgsql's settings,
/// so a component file written for daprd works unchanged. A string with a <c>;</c> is taken to be
/// Npgsql's own form (<c>Host=db;Username=app</c>).
/// </summary>
internal static class PostgresConnectionString
{
    // libpq's names (and pgx's "database" alias) for the settings Npgsql has; anything else is
    // refused by name rather than dropped, as a dropped sslmode would quietly weaken the connection.
    private static readonly Dictionary<string, string> Keywords = new(StringComparer.Ordinal)
    {
        ["host"] = "Host",
        ["hostaddr"] = "Host",
        ["port"] = "Port",
        ["dbname"] = "Database",
        ["database"] = "Database",
        ["user"] = "Username",
        ["password"] = "Password",
        ["passfile"] = "Passfile",
        ["connect_timeout"] = "Timeout",
        ["application_name"] = "Application Name",
        ["sslmode"] = "SSL Mode",
        ["sslrootcert"] = "Root Certificate",
        ["sslcert"] = "SSL Certificate",
        ["sslkey"] = "SSL Key",
        ["sslpassword"] = "SSL Password",
        ["options"] = "Options",
        ["target_session_attrs"] = "Target Session Attributes",
        ["search_path"] = "Search Path",
    };

    /// <exception cref="ArgumentException">not a form above, or a setting that is unknown or has a bad value (never echoing a value, which may be a password)</exception>
    public static NpgsqlConnectionStringBuilder Parse(string text)
    {
        if (text.Contains(';'))
        {
            try { return new NpgsqlConnectionStringBuilder(text); }
            catch (Exception e) when (e is ArgumentException or FormatException) { throw new ArgumentException($"metadata connectionString: {e.Message}"); }
        }
        var pairs = text.StartsWith("postgres://", StringComparison.Ordinal) || text.StartsWith("postgresql://", StringComparison.Ordinal)
            ? FromUri(text)
            : FromKeywords(text);
        var builder = new NpgsqlConnectionStringBuilder();
        // libpq connects to hostaddr and keeps host for TLS names; Npgsql has one setting, and where it connects matters more
        var hasHostAddr = pairs.Any(p => p.Key == "hostaddr");
        foreach (var (key, value) in pairs)
        {
            if (!Keywords.TryGetValue(key, out var setting))
                throw new ArgumentException($"metadata connectionString: \"{key}\" is not a setting Wasmbox's PostgreSQL client supports (supported: {string.Join(", ", Keywords.Keys)})");
            if (key == "host" && hasHostAddr) continue;
            try
            {
                // libpq's sslmode values are verify-ca and verify-full; Npgsql's enum is VerifyCA and VerifyFull (parsed ignoring case)
                builder[setting] = key == "sslmode" ? value.Replace("-", "", StringComparison.Ordinal) : value;
            }
            catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException or OverflowException)
            {
                throw new ArgumentException($"metadata connectionString: the value of {key} is not valid");
            }
        }
        return builder;
    }

    /// <summary>libpq's keyword/value form: pairs apart by white space, <c>=</c> maybe spaced, values maybe 'quoted', \ escaping the next character.</summary>
    private static List<KeyValuePair<string, string>> FromKeywords(string text)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        var at = 0;
        while (true)
        {
            while (at < text.Length && char.IsWhiteSpace(text[at])) at++;
            if (at == text.Length) return pairs;
            var start = at;
            while (at < text.Length && text[at] != '=' && !char.IsWhiteSpace(text[at])) at++;
            var key = text[start..at];
            while (at < text.Length && char.IsWhiteSpace(text[at])) at++;
            if (key.Length == 0 || at == text.Length || text[at] != '=')
                throw new ArgumentException("metadata connectionString is neither keyword=value pairs (host=db user=app dbname=state) nor a postgres:// URI");
            at++;
            while (at < text.Length && char.IsWhiteSpace(text[at])) at++;
            var value = new System.Text.StringBuilder();
            var quoted = at < text.Length && text[at] == '\'';
            if (quoted) at++;
            while (at < text.Length && (quoted ? text[at] != '\'' : !char.IsWhiteSpace(text[at])))
            {
                if (text[at] == '\\' && at + 1 < text.Length) at++;
                value.Append(text[at++]);
            }
            if (quoted)
            {
                if (at == text.Length) throw new ArgumentException($"metadata connectionString: the quoted value of {key} has no closing quote");
                at++;
            }
            pairs.Add(new(key, value.ToString()));
        }
    }

    /// <summary>libpq's URI form: postgres://[user[:password]@][host[:port][,...]][/dbname][?keyword=value&amp;...], percent-encoded.</summary>
    private static List<KeyValuePair<string, string>> FromUri(string text)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        var rest = text[(text.IndexOf("://", StringComparison.Ordinal) + 3)..];
        var query = "";
        if (rest.IndexOf('?') is var question and >= 0) (rest, query) = (rest[..question], rest[(question + 1)..]);
        if (rest.IndexOf('/') is var slash and >= 0)
        {
            if (slash + 1 < rest.Length) pairs.Add(new("dbname", Uri.UnescapeDataString(rest[(slash + 1)..])));
            rest = rest[..slash];
        }
        if (rest.LastIndexOf('@') is var userEnd and >= 0)
        {
            var user = rest[..userEnd];
            if (user.IndexOf(':') is var colon and >= 0)
            {
                pairs.Add(new("password", Uri.UnescapeDataString(user[(colon + 1)..])));
                user = user[..colon];
            }
            if (user.Length > 0) pairs.Add(new("user", Uri.UnescapeDataString(user)));
            rest = rest[(userEnd + 1)..];
        }
        if (rest.Length > 0)
        {
            // one host: split its port off ([::1]:5432 too); several: Npgsql takes the host:port list as it is
            var portAt = rest.LastIndexOf(':');
            if (!rest.Contains(',') && portAt > rest.LastIndexOf(']'))
            {
                pairs.Add(new("host", Uri.UnescapeDataString(rest[..portAt]).Trim('[', ']')));
                pairs.Add(new("port", rest[(portAt + 1)..]));
            }
            else pairs.Add(new("host", rest.Contains(',') ? Uri.UnescapeDataString(rest) : Uri.UnescapeDataString(rest).Trim('[', ']')));
        }
        foreach (var parameter in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = parameter.IndexOf('=');
            if (equals <= 0) throw new ArgumentException($"metadata connectionString: the URI parameter \"{Uri.UnescapeDataString(parameter)}\" has no value");
            pairs.Add(new(Uri.UnescapeDataString(parameter[..equals]), Uri.UnescapeDataString(parameter[(equals + 1)..])));
        }
        return pairs;
    }
}
