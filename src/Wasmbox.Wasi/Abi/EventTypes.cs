namespace Wasmbox.Wasi.Abi;

/// <summary>The clocks a guest can read (the witx `clockid`).</summary>
internal enum ClockId : uint
{
    Realtime = 0,
    Monotonic = 1,
    ProcessCpuTime = 2,
    ThreadCpuTime = 3,
}

/// <summary>What a poll_oneoff subscription waits for (the witx `eventtype`).</summary>
internal enum EventType : byte
{
    Clock = 0,
    FdRead = 1,
    FdWrite = 2,
}

/// <summary>Flags of events and subscriptions.</summary>
internal static class EventFlags
{
    /// <summary>eventrwflags: the peer hung up.</summary>
    public const ushort Hangup = 1;

    /// <summary>subclockflags: the timeout is an absolute time of the clock, not a duration.</summary>
    public const ushort AbsoluteTime = 1;
}

/// <summary>Flags of sock_recv and sock_shutdown.</summary>
internal static class SocketFlags
{
    public const ushort ReceivePeek = 1 << 0;
    public const ushort ReceiveWaitAll = 1 << 1;
    public const byte ShutdownRead = 1 << 0;
    public const byte ShutdownWrite = 1 << 1;
}
