using System.Text;

namespace Wasmbox.Host.Executors;

/// <summary>
/// The head of a CGI response as a WAGI guest writes it: header lines, a blank line, the body.
/// <c>Status: 404 Not Found</c> sets the status; <c>Location</c> without a status is a 302.
/// </summary>
internal sealed record CgiResponse(int Status, IReadOnlyList<KeyValuePair<string, string>> Headers, int BodyOffset)
{
    public const int MaxHeaderBytes = GuestOutput.BufferLimit;

    /// <summary>Parses the head; null with a reason when it is malformed, or incomplete in <paramref name="output"/>.</summary>
    public static CgiResponse? Parse(ReadOnlySpan<byte> output, out string? problem)
    {
        problem = null;
        var end = FindBlankLine(output, out var separatorLength);
        if (end < 0)
        {
            problem = output.Length == 0
                ? "the function wrote nothing (a WAGI function writes CGI headers, a blank line, then the body)"
                : "the function's output has no blank line after its CGI headers";
            return null;
        }
        var head = Encoding.UTF8.GetString(output[..end]);
        var headers = new List<KeyValuePair<string, string>>();
        int? status = null;
        foreach (var raw in head.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0) continue;
            var colon = line.IndexOf(':');
            if (colon <= 0 || line[..colon].Any(c => c <= ' ' || c >= 127))
            {
                problem = $"the function wrote a malformed CGI header line: \"{Truncate(line)}\"";
                return null;
            }
            var name = line[..colon];
            var value = line[(colon + 1)..].Trim();
            if (value.Any(c => (c < ' ' && c != '\t') || c > '~'))
            {
                problem = $"the CGI header {name} has a control or non-ASCII character in its value";
                return null;
            }
            if (name.Equals("Status", StringComparison.OrdinalIgnoreCase))
            {
                var code = value.Split(' ', 2)[0];
                if (!int.TryParse(code, out var parsed) || parsed is < 200 or > 999)
                {
                    problem = $"the CGI Status header \"{Truncate(value)}\" does not start with a status code from 200 to 999";
                    return null;
                }
                status = parsed;
            }
            else headers.Add(new(name, value));
        }
        status ??= headers.Any(h => h.Key.Equals("Location", StringComparison.OrdinalIgnoreCase)) ? 302 : 200;
        return new CgiResponse(status.Value, headers, end + separatorLength);
    }

    private static int FindBlankLine(ReadOnlySpan<byte> output, out int separatorLength)
    {
        separatorLength = 0;
        for (var i = 0; i < output.Length; i++)
        {
            if (output[i] != '\n') continue;
            if (i == 0) { separatorLength = 1; return 0; }                              // no headers at all
            if (i == 1 && output[0] == '\r') { separatorLength = 2; return 0; }
            if (i + 1 < output.Length && output[i + 1] == '\n') { separatorLength = 2; return i; }
            if (i + 2 < output.Length && output[i + 1] == '\r' && output[i + 2] == '\n') { separatorLength = 3; return i; }
        }
        return -1;
    }

    private static string Truncate(string text) => text.Length <= 80 ? text : text[..80] + "...";
}
