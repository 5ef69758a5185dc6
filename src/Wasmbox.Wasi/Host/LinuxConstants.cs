using System.Runtime.InteropServices;

namespace Wasmbox.Wasi.Host;

/// <summary>
/// Linux flag values. Most are shared by every architecture; the few that arm64 numbers
/// differently from x86-64 are chosen at start-up.
/// </summary>
internal static class LinuxConstants
{
    private static readonly bool ArmNumbering =
        RuntimeInformation.ProcessArchitecture is Architecture.Arm64 or Architecture.Arm;

    public const int ReadOnly = 0;
    public const int WriteOnly = 1;
    public const int ReadWrite = 2;
    public const int Create = 0x40;
    public const int Exclusive = 0x80;
    public const int Truncate = 0x200;
    public const int Append = 0x400;
    public const int NonBlock = 0x800;
    public const int Dsync = 0x1000;
    public const int Sync = 0x101000;
    public const int CloseOnExec = 0x80000;
    public const int PathOnly = 0x200000;
    public static readonly int Directory = ArmNumbering ? 0x4000 : 0x10000;
    public static readonly int NoFollow = ArmNumbering ? 0x8000 : 0x20000;

    public const int AtSymlinkNoFollow = 0x100;
    public const int AtRemoveDirectory = 0x200;
    public const int AtEmptyPath = 0x1000;

    public const int GetStatusFlags = 3;  // F_GETFL
    public const int SetStatusFlags = 4;  // F_SETFL

    public const uint StatxBasicStats = 0x7ff;

    public const long UtimeNow = (1L << 30) - 1;
    public const long UtimeOmit = (1L << 30) - 2;

    public const int ClockRealtime = 0;
    public const int ClockMonotonic = 1;
    public const int ClockThreadCpuTime = 3;
    public const int TimerAbsoluteTime = 1;

    // File type bits of st_mode.
    public const int TypeMask = 0xf000;
    public const int TypeSocket = 0xc000;
    public const int TypeSymlink = 0xa000;
    public const int TypeRegular = 0x8000;
    public const int TypeBlockDevice = 0x6000;
    public const int TypeDirectory = 0x4000;
    public const int TypeCharacterDevice = 0x2000;

    // d_type of directory entries.
    public const byte EntryUnknown = 0;
    public const byte EntryCharacterDevice = 2;
    public const byte EntryDirectory = 4;
    public const byte EntryBlockDevice = 6;
    public const byte EntryRegular = 8;
    public const byte EntrySymlink = 10;
    public const byte EntrySocket = 12;

    // Linux error numbers (identical on x86-64 and arm64) that the sandbox tests for itself.
    public const int EINTR = 4;
    public const int EACCES = 13;
    public const int ENOTDIR = 20;
    public const int ELOOP = 40;
}
