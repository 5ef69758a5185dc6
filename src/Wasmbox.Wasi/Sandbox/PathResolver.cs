using Wasmbox.Wasi.Abi;
using Wasmbox.Wasi.Descriptors;
using Wasmbox.Wasi.Host;

namespace Wasmbox.Wasi.Sandbox;

/// <summary>
/// Resolves guest paths without ever leaving the directory they start from.
///
/// The kernel is only ever asked to look up one component at a time, relative to a directory
/// descriptor we hold, with O_NOFOLLOW: it never follows a symbolic link and never sees "..".
/// The resolver keeps the chain of directories it walked through as a stack of descriptors:
/// ".." pops that stack (and is refused at the bottom), and a symbolic link is read with
/// readlinkat and its target spliced into the components still to walk, so it is checked by the
/// same rules (absolute targets are refused, and its ".." pop the same stack). Because each step
/// opens the next directory from the previous descriptor without following links, swapping a
/// component for a link while a call runs cannot redirect the walk outside: the swapped link is
/// either seen (and checked) or the open fails.
/// </summary>
internal static class PathResolver
{
    /// <summary>As many links as Linux follows in one lookup before ELOOP.</summary>
    public const int MaxSymlinkExpansions = 40;

    private static readonly int StepFlags =
        LinuxConstants.PathOnly | LinuxConstants.Directory | LinuxConstants.NoFollow | LinuxConstants.CloseOnExec;

    /// <param name="start">the directory the path is relative to; the path can never leave it</param>
    /// <param name="path">the guest's path</param>
    /// <param name="followLastLink">whether a link in the last component is followed (to its target, which must also stay inside)</param>
    /// <param name="resolved">the directory holding the last component, and its name; null on failure</param>
    public static Errno Resolve(DirectoryDescriptor start, string path, bool followLastLink, out ResolvedPath? resolved)
    {
        resolved = null;
        if (path.Length == 0) return Errno.NoEntry;
        if (path[0] == '/') return Errno.NotCapable;

        var trailingSlash = path.EndsWith('/');
        var pending = new Stack<string>();
        Push(pending, path.TrimEnd('/'));

        var stack = new List<HostFile>(); // directories walked into, above start
        var expansions = 0;
        try
        {
            while (true)
            {
                var component = pending.Pop();
                var isLast = pending.Count == 0;
                var current = stack.Count == 0 ? start.Fd : stack[^1].Fd;

                if (component is "" or ".")
                {
                    if (isLast) return Done(".", out resolved);
                    continue;
                }
                if (component == "..")
                {
                    if (stack.Count == 0) return Errno.NotCapable;
                    stack[^1].Dispose();
                    stack.RemoveAt(stack.Count - 1);
                    if (isLast) return Done(".", out resolved);
                    continue;
                }
                if (isLast && !followLastLink) return Done(component, out resolved);

                if (isLast)
                {
                    // Follow a link in the last component; anything else is the answer as it is.
                    var linkErrno = HostFileSystem.ReadLinkText(current, component, out var lastTarget);
                    if (linkErrno != Errno.Success) return Done(component, out resolved);
                    var spliced = Splice(pending, lastTarget!, ref expansions);
                    if (spliced != Errno.Success) return spliced;
                    continue;
                }

                var fd = Libc.openat(current, component, StepFlags, 0);
                if (fd >= 0)
                {
                    stack.Add(new HostFile(fd));
                    continue;
                }
                var error = Libc.LastError;
                if (error is not (LinuxConstants.ENOTDIR or LinuxConstants.ELOOP)) return HostErrors.FromLinux(error);
                // Not a directory: a link to walk through, or a file in the middle of the path.
                if (HostFileSystem.ReadLinkText(current, component, out var target) != Errno.Success) return Errno.NotDirectory;
                var result = Splice(pending, target!, ref expansions);
                if (result != Errno.Success) return result;
            }
        }
        finally
        {
            if (resolved is null)
                foreach (var file in stack) file.Dispose();
        }

        Errno Done(string name, out ResolvedPath? result)
        {
            var parent = stack.Count == 0 ? start.Fd : stack[^1].Fd;
            result = new ResolvedPath(parent, name, trailingSlash, stack.Count, stack);
            return Errno.Success;
        }
    }

    private static Errno Splice(Stack<string> pending, string target, ref int expansions)
    {
        if (++expansions > MaxSymlinkExpansions) return Errno.Loop;
        if (target.Length == 0) return Errno.NoEntry;
        if (target[0] == '/') return Errno.NotCapable;
        Push(pending, target);
        return Errno.Success;
    }

    // Components go on the stack last-first, so the next one to walk is on top.
    private static void Push(Stack<string> pending, string path)
    {
        var components = path.Split('/');
        for (var i = components.Length - 1; i >= 0; i--) pending.Push(components[i]);
    }

    /// <summary>
    /// Whether a link at <paramref name="depth"/> directories below a preopened directory, with
    /// this <paramref name="target"/>, would point outside it. Such links are refused when
    /// created; following them is refused regardless.
    /// </summary>
    public static bool EscapesFrom(int depth, string target)
    {
        if (target.StartsWith('/')) return true;
        foreach (var component in target.Split('/'))
        {
            if (component == "..")
            {
                if (--depth < 0) return true;
            }
            else if (component is not ("" or ".")) depth++;
        }
        return false;
    }
}
