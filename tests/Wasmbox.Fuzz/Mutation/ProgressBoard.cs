using System.IO.MemoryMappedFiles;

namespace Wasmbox.Fuzz.Mutation;

/// <summary>
/// Eight bytes of memory shared by the mutation fuzzer and its worker process: the index of the
/// input being checked. The worker writes it before each input (one store, no system call); when
/// the worker dies or stops moving, the parent reads which input did it and rebuilds it from the
/// seed and that index.
/// </summary>
internal sealed class ProgressBoard : IDisposable
{
    private const int Size = 8;
    private readonly MemoryMappedFile file;
    private readonly MemoryMappedViewAccessor view;

    private ProgressBoard(string path)
    {
        file = MemoryMappedFile.CreateFromFile(path, FileMode.OpenOrCreate, null, Size, MemoryMappedFileAccess.ReadWrite);
        view = file.CreateViewAccessor(0, Size);
    }

    public static ProgressBoard Open(string path) => new(path);

    public long CurrentIndex
    {
        get => view.ReadInt64(0);
        set => view.Write(0, value);
    }

    public void Dispose()
    {
        view.Dispose();
        file.Dispose();
    }
}
