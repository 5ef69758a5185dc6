using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Wasmbox.Host.Logs;

/// <summary>One line of a function's log: the guest's stderr, or what the server did with the function.</summary>
public sealed record FunctionLogLine(DateTimeOffset Time, string Function, int? Version, string? RequestId, LogLevel Level, string Text)
{
    public override string ToString() =>
        $"{Time:yyyy-MM-ddTHH:mm:ss.fffZ} {Function}{(Version is { } v ? $"@{v}" : "")}{(RequestId is { } id ? $" [{id}]" : "")} {LevelName(Level)} {Text}";

    /// <summary>The level as the log's lines spell it: error, warn, info or debug.</summary>
    internal static string LevelName(LogLevel level) => level switch
    {
        LogLevel.Error or LogLevel.Critical => "error",
        LogLevel.Warning => "warn",
        LogLevel.Debug or LogLevel.Trace => "debug",
        _ => "info",
    };
}

/// <summary>
/// The recent log lines of every function, bounded per function, for `wasmbox logs`; followers
/// get each new line as it is written. Every line also goes to the server's logger.
/// </summary>
public sealed class FunctionLogs(ILoggerFactory loggers, TimeProvider time)
{
    private readonly ILogger logger = loggers.CreateLogger("wasmbox.functions");

    public const int LinesKept = 2000;

    private readonly ConcurrentDictionary<string, Book> books = new(StringComparer.Ordinal);
    // Followers of every function's lines (the dashboard's live tail), apart from each book's own.
    private readonly Telemetry.Followers<FunctionLogLine> allFollowers = new(LinesKept);

    public void Write(string function, int? version, string? requestId, LogLevel level, string text)
    {
        var line = new FunctionLogLine(time.GetUtcNow(), function, version, requestId, level, text);
        books.GetOrAdd(function, _ => new Book()).Add(line);
        allFollowers.Publish(line);
        if (logger.IsEnabled(level)) logger.Log(level, default, new FunctionLogState(line), null, FunctionLogState.Format);
    }

    public IReadOnlyList<FunctionLogLine> Recent(string function, int count) =>
        books.TryGetValue(function, out var book) ? book.Last(count) : [];

    /// <summary>The last <paramref name="count"/> lines of every function together, oldest first.</summary>
    public IReadOnlyList<FunctionLogLine> RecentOfAll(int count) =>
        [.. books.Values.SelectMany(book => book.Last(count)).OrderBy(line => line.Time).TakeLast(count)];

    /// <summary>New lines of every function from now on, until <paramref name="cancellation"/>; a follower too slow to keep up loses the oldest lines.</summary>
    public IAsyncEnumerable<FunctionLogLine> FollowAll(CancellationToken cancellation) => allFollowers.Follow(cancellation);

    /// <summary>New lines of <paramref name="function"/> from now on, until <paramref name="cancellation"/>; a follower too slow to keep up loses the oldest lines.</summary>
    public IAsyncEnumerable<FunctionLogLine> Follow(string function, CancellationToken cancellation) =>
        books.GetOrAdd(function, _ => new Book()).Followers.Follow(cancellation);

    private sealed class Book
    {
        private readonly Telemetry.RecentItems<FunctionLogLine> lines = new(LinesKept);
        public Telemetry.Followers<FunctionLogLine> Followers { get; } = new(LinesKept);

        public void Add(FunctionLogLine line)
        {
            lines.Add(line);
            Followers.Publish(line);
        }

        public IReadOnlyList<FunctionLogLine> Last(int count) => lines.Last(count);
    }
}
