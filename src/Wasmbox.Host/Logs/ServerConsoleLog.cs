using Microsoft.Extensions.Logging;

namespace Wasmbox.Host.Logs;

/// <summary>How the server's console log is written.</summary>
public enum LogFormat
{
    /// <summary>One line per entry, for people: <c>12:00:01 info: wasmbox.functions[0] hello@1 [id] text</c>.</summary>
    Text,
    /// <summary>
    /// One JSON object per line, for log collectors: timestamp, level, category, message, and the
    /// entry's fields under <c>State</c> (a guest's line: Function, Version, RequestId, Text), with
    /// the trace and span ids under <c>Scopes</c> when the entry was written inside a span.
    /// </summary>
    Json,
}

/// <summary>The server's console logger, in the format asked for (<see cref="LogFormat"/>).</summary>
public static class ServerConsoleLog
{
    public static void Add(ILoggingBuilder logging, LogFormat format)
    {
        if (format == LogFormat.Text)
        {
            logging.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; });
            return;
        }
        // The trace context puts each line next to its span in a tracing system.
        logging.Configure(o => o.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
        logging.AddJsonConsole(o =>
        {
            o.IncludeScopes = true;
            o.UseUtcTimestamp = true;
            o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            o.JsonWriterOptions = new System.Text.Json.JsonWriterOptions { Indented = false };
        });
    }
}
