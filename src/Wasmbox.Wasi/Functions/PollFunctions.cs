using System.Buffers.Binary;
using System.Net.Sockets;
using Wasmbox.Wasi.Abi;
using Wasmbox.Wasi.Descriptors;
using Wasmbox.Wasi.Host;

namespace Wasmbox.Wasi.Functions;

/// <summary>
/// poll_oneoff: waits for clocks and descriptors. Files, directories and stdio streams are always
/// ready (a .NET stream cannot be asked whether a read would block); sockets are really waited
/// for; clocks are slept on with the host's monotonic clock.
/// </summary>
internal static unsafe class PollFunctions
{
    public static void AddTo(WasiFunctionTable.Builder table) =>
        table.Add("poll_oneoff", "iiii", (c, m, a) => Poll(c, m, a[0].U32(), a[1].U32(), a[2].U32(), a[3].U32()));

    private sealed record Subscription(ulong UserData, EventType Type, uint Fd, ulong Deadline);

    private readonly record struct Event(ulong UserData, Errno Error, EventType Type, ulong Bytes, ushort Flags);

    private static Errno Poll(WasiContext context, GuestMemory memory, uint input, uint output, uint count, uint result)
    {
        if (count == 0) return Errno.Invalid;
        var subscriptionBytes = memory.Span(input, count * Layouts.SubscriptionSize).ToArray();
        memory.Span(output, count * Layouts.EventSize);
        memory.Span(result, 4);

        var now = MonotonicNow();
        var subscriptions = new List<Subscription>((int)count);
        var events = new List<Event>();
        for (var i = 0; i < (int)count; i++)
        {
            var s = subscriptionBytes.AsSpan(i * Layouts.SubscriptionSize, Layouts.SubscriptionSize);
            var userData = BinaryPrimitives.ReadUInt64LittleEndian(s);
            var type = (EventType)s[8];
            switch (type)
            {
                case EventType.Clock:
                    var errno = Deadline(s, now, out var deadline);
                    if (errno != Errno.Success) events.Add(new(userData, errno, type, 0, 0));
                    else subscriptions.Add(new(userData, type, 0, deadline));
                    break;
                case EventType.FdRead or EventType.FdWrite:
                    subscriptions.Add(new(userData, type, BinaryPrimitives.ReadUInt32LittleEndian(s[16..]), 0));
                    break;
                default:
                    return Errno.Invalid;
            }
        }

        while (true)
        {
            now = MonotonicNow();
            var waitingSockets = new List<(Socket Socket, bool Read)>();
            foreach (var subscription in subscriptions)
            {
                if (subscription.Type == EventType.Clock)
                {
                    if (subscription.Deadline <= now) events.Add(new(subscription.UserData, Errno.Success, EventType.Clock, 0, 0));
                    continue;
                }
                var descriptor = context.Descriptors.Get(subscription.Fd);
                var right = subscription.Type == EventType.FdRead ? Rights.FdRead : Rights.FdWrite;
                if (descriptor is null)
                {
                    events.Add(new(subscription.UserData, Errno.BadDescriptor, subscription.Type, 0, 0));
                    continue;
                }
                if (!descriptor.Has(right))
                {
                    events.Add(new(subscription.UserData, Errno.NotCapable, subscription.Type, 0, 0));
                    continue;
                }
                var readiness = subscription.Type == EventType.FdRead ? descriptor.PollRead() : descriptor.PollWrite();
                if (readiness.Ready)
                    events.Add(new(subscription.UserData, Errno.Success, subscription.Type, readiness.Bytes, readiness.HungUp ? EventFlags.Hangup : (ushort)0));
                else if (descriptor is SocketDescriptor socket)
                    waitingSockets.Add((socket.Socket, subscription.Type == EventType.FdRead));
            }
            if (events.Count > 0) break;

            var earliest = subscriptions.Where(s => s.Type == EventType.Clock).Select(s => s.Deadline).DefaultIfEmpty(ulong.MaxValue).Min();
            if (waitingSockets.Count == 0)
            {
                if (earliest == ulong.MaxValue) return Errno.Invalid; // nothing could ever happen
                SleepUntil(earliest);
                continue;
            }
            WaitForSockets(waitingSockets, earliest, now);
        }

        var span = memory.Span(output, (uint)events.Count * Layouts.EventSize);
        span.Clear();
        for (var i = 0; i < events.Count; i++)
        {
            var e = span[(i * Layouts.EventSize)..];
            BinaryPrimitives.WriteUInt64LittleEndian(e, events[i].UserData);
            BinaryPrimitives.WriteUInt16LittleEndian(e[8..], (ushort)events[i].Error);
            e[10] = (byte)events[i].Type;
            BinaryPrimitives.WriteUInt64LittleEndian(e[16..], events[i].Bytes);
            BinaryPrimitives.WriteUInt16LittleEndian(e[24..], events[i].Flags);
        }
        memory.WriteU32(result, (uint)events.Count);
        return Errno.Success;
    }

    /// <summary>The deadline of a clock subscription on the monotonic clock.</summary>
    private static Errno Deadline(ReadOnlySpan<byte> subscription, ulong now, out ulong deadline)
    {
        deadline = 0;
        var clock = BinaryPrimitives.ReadUInt32LittleEndian(subscription[16..]);
        var timeout = BinaryPrimitives.ReadUInt64LittleEndian(subscription[24..]);
        var flags = BinaryPrimitives.ReadUInt16LittleEndian(subscription[40..]);
        var absolute = (flags & EventFlags.AbsoluteTime) != 0;
        var errno = ClockFunctions.Now(clock, out var clockNow);
        if (errno != Errno.Success) return errno;
        if ((ClockId)clock is not (ClockId.Realtime or ClockId.Monotonic)) return Errno.NotSupported;
        var relative = absolute ? (timeout > clockNow ? timeout - clockNow : 0) : timeout;
        deadline = ulong.MaxValue - now < relative ? ulong.MaxValue - 1 : now + relative;
        return Errno.Success;
    }

    private static ulong MonotonicNow()
    {
        ClockFunctions.Now((uint)ClockId.Monotonic, out var now);
        return now;
    }

    private static void SleepUntil(ulong deadline)
    {
        var until = Timespec.FromNanoseconds(deadline);
        // TIMER_ABSTIME: an interrupted sleep resumes to the same deadline.
        while (Libc.clock_nanosleep(LinuxConstants.ClockMonotonic, LinuxConstants.TimerAbsoluteTime, &until, null) == LinuxConstants.EINTR) { }
    }

    private static void WaitForSockets(List<(Socket Socket, bool Read)> sockets, ulong deadline, ulong now)
    {
        var reads = sockets.Where(s => s.Read).Select(s => s.Socket).ToList();
        var writes = sockets.Where(s => !s.Read).Select(s => s.Socket).ToList();
        // Socket.Select takes microseconds as an int; -1 waits without limit. Long waits come back
        // around the loop, which re-checks every subscription.
        var microseconds = deadline == ulong.MaxValue ? -1 : (int)Math.Min((deadline - Math.Min(deadline, now)) / 1000, int.MaxValue);
        try
        {
            Socket.Select(reads.Count > 0 ? reads : null, writes.Count > 0 ? writes : null, null, microseconds);
        }
        catch (SocketException)
        {
            // A failing socket is reported by the next round's readiness check.
        }
    }
}
