using Wasmbox.Wasi.Host;

namespace Wasmbox.Wasi.Sandbox;

/// <summary>
/// A guest path resolved to the directory that holds its last component, and that component's
/// name. Operations call the *at system calls with <see cref="Parent"/> and <see cref="Name"/>:
/// nothing in between is ever looked up by the kernel again.
/// </summary>
internal sealed class ResolvedPath : IDisposable
{
    private readonly List<HostFile> opened;

    public ResolvedPath(int parent, string name, bool trailingSlash, int depth, List<HostFile> opened)
    {
        Parent = parent;
        Name = name;
        TrailingSlash = trailingSlash;
        Depth = depth;
        this.opened = opened;
    }

    /// <summary>The directory holding the last component (valid until this object is disposed).</summary>
    public int Parent { get; }

    /// <summary>The last component: a plain name, or "." when the path names <see cref="Parent"/> itself.</summary>
    public string Name { get; }

    /// <summary>The path ended in "/": its last component must be a directory.</summary>
    public bool TrailingSlash { get; }

    /// <summary>How many directories <see cref="Parent"/> is below the directory the path started from.</summary>
    public int Depth { get; }

    /// <summary>
    /// The name for calls that never follow a last-component link (mkdir, unlink, rmdir, rename,
    /// symlink, link target): with the trailing slash kept, the kernel applies POSIX's
    /// "must be a directory" rule itself.
    /// </summary>
    public string NameWithSlash => TrailingSlash ? Name + "/" : Name;

    public void Dispose()
    {
        foreach (var file in opened) file.Dispose();
        opened.Clear();
    }
}
