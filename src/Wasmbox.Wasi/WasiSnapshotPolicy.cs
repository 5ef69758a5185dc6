using Wasmbox.Runtime;

namespace Wasmbox.Wasi;

/// <summary>
/// Which WASI calls a snapshot's initializer may make (see <see cref="InstancePre.CreateSnapshot"/>).
/// Allowed: clocks (the time read is kept, as in any program that reads it once), sched_yield,
/// writes to standard output and error (written once, when the snapshot is made, to the
/// initializing context's streams; bytes still in the guest's own buffer stay in the snapshot and
/// are written by each instance that flushes them), and fd_fdstat_get on descriptors 0-2 (stdio
/// asks it to choose its buffering). Refused, with the reason: everything that opens, reads or
/// keeps a descriptor or a preopened directory (their state lives in the host's
/// <see cref="WasiContext"/>, which a snapshot cannot capture), arguments and environment (they
/// differ per instance), random_get (every instance would share the bytes), sockets and exits.
/// </summary>
public static class WasiSnapshotPolicy
{
    /// <summary>The filter for <see cref="SnapshotOptions.AllowHostCall"/>; other modules' functions are refused.</summary>
    public static string? Check(string module, string name, ReadOnlySpan<Value> arguments)
    {
        if (module != WasiPreview1.ModuleName) return "only WASI calls are judged by WasiSnapshotPolicy; allow others by name";
        var descriptor = arguments.Length > 0 ? (uint)arguments[0].AsI32() : uint.MaxValue;
        return name switch
        {
            "clock_time_get" or "clock_res_get" or "sched_yield" => null,
            "fd_write" when descriptor is 1 or 2 => null,
            "fd_fdstat_get" when descriptor <= 2 => null,
            "fd_prestat_get" or "fd_prestat_dir_name" =>
                "preopened directories belong to each instance's WASI context, and a snapshot cannot capture what the guest learnt about them",
            "args_get" or "args_sizes_get" or "environ_get" or "environ_sizes_get" =>
                "arguments and environment differ per instance; read during initialization they would be frozen into every instance",
            "random_get" => "random bytes kept in a snapshot would be the same in every instance (allow it by name if that is acceptable)",
            "proc_exit" or "proc_raise" => "the initializer ended the process",
            _ when name.StartsWith("sock_", StringComparison.Ordinal) => "sockets live in the host and cannot be captured",
            _ => "it uses a file descriptor, whose state (open files, offsets) lives in the host's WASI context and cannot be captured",
        };
    }

    /// <summary><paramref name="options"/> (or the defaults) judging WASI calls by <see cref="Check"/>.</summary>
    public static SnapshotOptions Options(SnapshotOptions? options = null) => (options ?? SnapshotOptions.Default).WithHostCallFilter(Check);
}
