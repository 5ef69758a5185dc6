using System.Runtime.InteropServices;

namespace Wasmbox.Wasi.Tests;

/// <summary>
/// A guest that tries every way out of its grants it can: "..", absolute paths, links pointing
/// outside (absolute, relative, chained, through directories), changes through a read-only
/// preopen, and reading what it was not given. Every attempt must be refused with the errno
/// listed here, and nothing on the host may change.
/// </summary>
public sealed class SandboxEscapeTests : IDisposable
{
    private readonly TemporaryDirectory root = new();

    public void Dispose() => root.Dispose();

    /// <summary>Each attempt the guest makes, and the errno it must get.</summary>
    private static readonly (string Attempt, string Errno)[] Attempts =
    [
        ("open ../outside/secret.txt", "ENOTCAPABLE"),
        ("open /etc/passwd", "ENOTCAPABLE"),
        ("open /", "ENOTCAPABLE"),
        ("open ..", "ENOTCAPABLE"),
        ("open sub/../../outside/secret.txt", "ENOTCAPABLE"),
        ("open ./sub/./../..//outside", "ENOTCAPABLE"),
        ("open a link to an absolute path", "ENOTCAPABLE"),
        ("open a link to ../outside/secret.txt", "ENOTCAPABLE"),
        ("open through a link to ../outside", "ENOTCAPABLE"),
        ("open through a chain of links", "ENOTCAPABLE"),
        ("open through a link to /", "ENOTCAPABLE"),
        ("open through a link to ..", "ENOTCAPABLE"),
        ("open through a nested link to ../../outside", "ENOTCAPABLE"),
        ("open a path with a NUL in it", "EINVAL"),
        ("stat a link to ../outside/secret.txt", "ENOTCAPABLE"),
        ("stat ../outside/secret.txt", "ENOTCAPABLE"),
        ("stat through a link to ../outside", "ENOTCAPABLE"),
        ("create ../outside/new.txt", "ENOTCAPABLE"),
        ("create through a link to ../outside", "ENOTCAPABLE"),
        ("truncate through a link to the secret", "ELOOP"),
        ("mkdir ../outside/dir", "ENOTCAPABLE"),
        ("mkdir through a link to ../outside", "ENOTCAPABLE"),
        ("unlink ../outside/secret.txt", "ENOTCAPABLE"),
        ("unlink through a link to ../outside", "ENOTCAPABLE"),
        ("rename a file to ../outside", "ENOTCAPABLE"),
        ("rename the secret in", "ENOTCAPABLE"),
        ("rename through a link to ../outside", "ENOTCAPABLE"),
        ("hard link the secret in", "ENOTCAPABLE"),
        ("hard link through a followed link", "ENOTCAPABLE"),
        ("symlink to an absolute path", "ENOTCAPABLE"),
        ("symlink to ../outside", "ENOTCAPABLE"),
        ("symlink to ../../outside from sub", "ENOTCAPABLE"),
        ("set times on ../outside/secret.txt", "ENOTCAPABLE"),
        ("readlink ../outside/link", "ENOTCAPABLE"),
        ("open ../file.txt from a sub-directory descriptor", "ENOTCAPABLE"),
        ("create a file in the read-only directory", "EROFS"),
        ("open a read-only file for writing", "EROFS"),
        ("truncate a read-only file", "EROFS"),
        ("mkdir in the read-only directory", "EROFS"),
        ("unlink in the read-only directory", "EROFS"),
        ("rename in the read-only directory", "EROFS"),
        ("rename out of the read-only directory", "EROFS"),
        ("rename into the read-only directory", "EROFS"),
        ("hard link a read-only file elsewhere", "EROFS"),
        ("symlink in the read-only directory", "EROFS"),
        ("set times in the read-only directory", "EROFS"),
        ("write to a read-only file", "EROFS"),
        ("pwrite to a read-only file", "EROFS"),
        ("truncate a read-only file descriptor", "EROFS"),
        ("allocate in a read-only file", "EROFS"),
        ("set times on a read-only file descriptor", "EROFS"),
        ("append to a read-only file", "EROFS"),
        ("grant a read-only file the write right", "ENOTCAPABLE"),
        ("fopen a read-only file with \"w\"", "EROFS"),
        ("read HOME from the environment", "ENOENT"),
        ("read PATH from the environment", "ENOENT"),
        ("find a third preopened directory", "EBADF"),
        ("accept a connection without a socket", "ENOTSOCK"),
        ("fopen /etc/passwd", "ENOTCAPABLE"),
    ];

    private void Prepare()
    {
        root.CreateDirectory("sandbox", "sub");
        root.CreateDirectory("outside");
        root.CreateDirectory("readonly");
        root.WriteFile("outside/secret.txt", "SECRET");
        root.WriteFile("sandbox/file.txt", "inside");
        root.WriteFile("readonly/notes.txt", "read me");
        File.CreateSymbolicLink(root.Combine("sandbox", "out_abs"), root.Combine("outside", "secret.txt"));
        File.CreateSymbolicLink(root.Combine("sandbox", "out_rel"), "../outside/secret.txt");
        File.CreateSymbolicLink(root.Combine("sandbox", "out_dir"), "../outside");
        File.CreateSymbolicLink(root.Combine("sandbox", "chain1"), "chain2");
        File.CreateSymbolicLink(root.Combine("sandbox", "chain2"), "sub/../../outside/secret.txt");
        File.CreateSymbolicLink(root.Combine("sandbox", "root_link"), "/");
        File.CreateSymbolicLink(root.Combine("sandbox", "dotdot"), "..");
        File.CreateSymbolicLink(root.Combine("sandbox", "sub", "up"), "../../outside");
        File.CreateSymbolicLink(root.Combine("outside", "link"), "secret.txt");
    }

    [Fact]
    public void EveryEscapeAttemptIsRefusedWithItsErrno()
    {
        Prepare();
        var before = root.Describe("");
        var result = GuestRun.Wasm("escape", c => c
            .WithPreopenedDirectory(root.Combine("sandbox"), "/sandbox")
            .WithPreopenedDirectory(root.Combine("readonly"), "/readonly", readOnly: true));

        Assert.Equal(0, result.ExitCode);
        var outcomes = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(": ", 2)).ToDictionary(parts => parts[0], parts => parts[1]);
        Assert.True(Attempts.Length >= 30);
        Assert.Equal(Attempts.Length, outcomes.Count);
        foreach (var (attempt, errno) in Attempts)
            Assert.True(outcomes.TryGetValue(attempt, out var outcome) && outcome == errno,
                $"{attempt}: expected {errno}, got {outcome ?? "nothing"}");
        Assert.Equal(before, root.Describe(""));
    }

    [Fact]
    public void LinksSwappedDuringCallsNeverLeadOutside()
    {
        // The host flips "swap" between a directory inside the sandbox and a link to a directory
        // outside it, as fast as it can, while the guest keeps opening swap/secret.txt.
        root.CreateDirectory("sandbox");
        root.CreateDirectory("outside");
        root.CreateDirectory("sandbox", "real");
        root.WriteFile("sandbox/real/secret.txt", "INSIDE");
        root.WriteFile("outside/secret.txt", "OUTSIDE");
        File.CreateSymbolicLink(root.Combine("sandbox", "link"), root.Combine("outside"));
        var swap = root.Combine("sandbox", "swap");
        using var stop = new CancellationTokenSource();
        using var started = new ManualResetEventSlim();
        var swaps = 0;
        var swapper = new Thread(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                // Each state lasts a moment, so the guest meets both, and the moments in between.
                Rename(root.Combine("sandbox", "real"), swap);
                Thread.SpinWait(500);
                Rename(swap, root.Combine("sandbox", "real"));
                Rename(root.Combine("sandbox", "link"), swap);
                Thread.SpinWait(500);
                Rename(swap, root.Combine("sandbox", "link"));
                swaps++;
                started.Set();
            }
        });
        swapper.Start();
        started.Wait();

        GuestResult result;
        try
        {
            result = GuestRun.Wasm("race", c => c.WithPreopenedDirectory(root.Combine("sandbox"), "/sandbox"));
        }
        finally
        {
            stop.Cancel();
            swapper.Join();
        }

        var counts = System.Text.RegularExpressions.Regex.Match(result.Output, @"^inside (\d+) outside (\d+) refused (\d+)\n$");
        Assert.True(counts.Success, result.Output);
        Assert.Equal("0", counts.Groups[2].Value); // never read the file outside
        Assert.NotEqual("0", counts.Groups[1].Value); // the race really was run: the inside file was read too
        Assert.True(swaps > 10, $"the host swapped only {swaps} times");
        Assert.Equal("OUTSIDE", File.ReadAllText(root.Combine("outside", "secret.txt")));
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int rename(string from, string to);

    private static void Rename(string from, string to)
    {
        if (rename(from, to) != 0) throw new IOException($"rename {from} {to}: errno {Marshal.GetLastPInvokeError()}");
    }
}
