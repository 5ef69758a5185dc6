using Wasmbox.Wasi.Abi;

namespace Wasmbox.Wasi.Descriptors;

/// <summary>
/// The guest's file descriptor numbers. A new descriptor takes the lowest free number, as POSIX
/// does; preopened directories come right after stdio so wasi-libc finds them by counting from 3.
/// </summary>
internal sealed class DescriptorTable : IDisposable
{
    /// <summary>Most descriptors a guest may hold at once, so it cannot exhaust the host's.</summary>
    public const int MaxDescriptors = 4096;

    private readonly List<Descriptor?> slots = [];
    private int count;

    public Descriptor? Get(uint fd) => fd < (uint)slots.Count ? slots[(int)fd] : null;

    public Errno Add(Descriptor descriptor, out uint fd)
    {
        fd = 0;
        if (count >= MaxDescriptors) return Errno.TooManyFiles;
        var free = slots.IndexOf(null);
        if (free < 0)
        {
            free = slots.Count;
            slots.Add(null);
        }
        slots[free] = descriptor;
        count++;
        fd = (uint)free;
        return Errno.Success;
    }

    public Errno Close(uint fd)
    {
        var descriptor = Get(fd);
        if (descriptor is null) return Errno.BadDescriptor;
        slots[(int)fd] = null;
        count--;
        descriptor.Dispose();
        return Errno.Success;
    }

    /// <summary>fd_renumber: moves <paramref name="from"/> onto <paramref name="to"/>, closing what was there. Both must be open.</summary>
    public Errno Renumber(uint from, uint to)
    {
        var source = Get(from);
        var target = Get(to);
        if (source is null || target is null) return Errno.BadDescriptor;
        if (from == to) return Errno.Success;
        target.Dispose();
        slots[(int)to] = source;
        slots[(int)from] = null;
        count--;
        return Errno.Success;
    }

    public IEnumerable<(uint Fd, Descriptor Descriptor)> All()
    {
        for (var i = 0; i < slots.Count; i++)
            if (slots[i] is { } descriptor) yield return ((uint)i, descriptor);
    }

    public void Dispose()
    {
        foreach (var descriptor in slots) descriptor?.Dispose();
        slots.Clear();
        count = 0;
    }
}
