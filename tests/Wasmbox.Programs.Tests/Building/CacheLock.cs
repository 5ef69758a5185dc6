namespace Wasmbox.Programs.Tests.Building;

/// <summary>
/// Holds a lock file exclusively, across processes and threads: two test runs on one machine (or two
/// test classes in one run) must neither download into nor build into the same place at once, and
/// building one program at a time keeps a shared machine usable. One lock at a time per process.
/// </summary>
internal sealed class CacheLock : IDisposable
{
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(30);
    private static readonly SemaphoreSlim InProcess = new(1, 1);
    private readonly FileStream file;

    private CacheLock(FileStream file) => this.file = file;

    /// <summary>Waits until this process holds <paramref name="path"/>; .NET takes FileShare.None as an exclusive flock on Linux.</summary>
    public static CacheLock Acquire(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (!InProcess.Wait(GiveUpAfter)) throw new TimeoutException($"waited {GiveUpAfter} for {path}");
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new CacheLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (waited.Elapsed < GiveUpAfter)
            {
                Thread.Sleep(250);
            }
            catch
            {
                InProcess.Release();
                throw;
            }
        }
    }

    public void Dispose()
    {
        file.Dispose();
        InProcess.Release();
    }
}
