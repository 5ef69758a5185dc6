using Wasmbox.Cli.Commands;

namespace Wasmbox.Host.Tests;

/// <summary>The progress `wasmbox deploy` and `wasmbox compile` show: honest byte counts, and silence off a terminal.</summary>
public sealed class ProgressTests
{
    [Fact]
    public async Task AnUploadReportsTheBytesSentUpToTheWholeBody()
    {
        var module = new byte[300_000];
        Random.Shared.NextBytes(module);
        var reports = new List<(long Sent, long Total)>();
        using var content = new UploadProgressContent(module, (sent, total) => reports.Add((sent, total)));
        using var body = new MemoryStream();
        await content.CopyToAsync(body);

        Assert.Equal(module, body.ToArray());
        Assert.Equal(300_000, content.Headers.ContentLength);
        Assert.Equal(5, reports.Count);   // 64 KiB pieces
        Assert.All(reports, r => Assert.Equal(300_000, r.Total));
        Assert.Equal(reports.Select(r => r.Sent).Order(), reports.Select(r => r.Sent));
        Assert.Equal(300_000, reports[^1].Sent);
    }

    [Fact]
    public void NoStatusLineIsDrawnOffATerminal()
    {
        // A writer that is not the process's stderr (a test, a pipe, a file) never gets a status line.
        Assert.Null(TerminalProgress.For(new StringWriter(), "compiling"));
    }
}
