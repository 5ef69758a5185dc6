using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Wasmbox.Host.Logs;

/// <summary>One line of a function's log: the guest's stderr, or what the server did with the function.</summary>
public sealed record FunctionLogLine(DateTimeOffset Time, string Function, int? Version, string? RequestId, LogLevel Level, string Text)
{
    public override string ToString() =>
        $"{Time:yyyy-MM-ddTHH:mm:ss.fffZ} {Function}{(Version is { } v ? $"@{v}" : "")}{(RequestId is { } id ? $" [{id}]" : "")} {LevelName(Level)} {Text}";

    private static string LevelName(LogLevel level) => level switch
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

    public void Write(string function, int? version, string? requestId, LogLevel level, string text)
    {
        var line = new FunctionLogLine(time.GetUtcNow(), function, version, requestId, level, text);
        books.GetOrAdd(function, _ => new Book()).Add(line);
        if (logger.IsEnabled(level)) logger.Log(level, default, new FunctionLogState(line), null, FunctionLogState.Format);
    }

    public IReadOnlyList<FunctionLogLine> Recent(string function, int count) =>
        books.TryGetValue(function, out var book) ? book.Last(count) : [];

    /// <summary>New lines of <paramref name="function"/> from now on, until <paramref name="cancellation"/>; a follower too slow to keep up loses the oldest lines.</summary>
    public async IAsyncEnumerable<FunctionLogLine> Follow(string function, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellation)
    {
        var channel = Channel.CreateBounded<FunctionLogLine>(new BoundedChannelOptions(LinesKept) { FullMode = BoundedChannelFullMode.DropOldest });
        var book = books.GetOrAdd(function, _ => new Book());
        book.Followers.TryAdd(channel, 0);
        try
        {
            await foreach (var line in channel.Reader.ReadAllAsync(cancellation).ConfigureAwait(false)) yield return line;
        }
        finally
        {
            book.Followers.TryRemove(channel, out _);
        }
    }

    private sealed class Book
    {
        private readonly Telemetry.RecentItems<FunctionLogLine> lines = new(LinesKept);
        public ConcurrentDictionary<Channel<FunctionLogLine>, byte> Followers { get; } = new();

        public void Add(FunctionLogLine line)
        {
            lines.Add(line);
            foreach (var follower in Followers.Keys) follower.Writer.TryWrite(line);
        }

        public IReadOnlyList<FunctionLogLine> Last(int count) => lines.Last(count);
    }
}
