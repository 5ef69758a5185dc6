using System.Runtime.InteropServices;

namespace Wasmbox.Runtime.Execution;

/// <summary>
/// Finds how far down the current thread's stack compiled code may go. .NET cannot catch a stack
/// overflow, so compiled code compares its stack pointer with this limit on every call.
/// </summary>
internal static unsafe class StackBounds
{
    /// <summary>Kept free below the limit for host functions, the JIT and exception dispatch.</summary>
    private const ulong Reserve = 384 * 1024;

    [ThreadStatic] private static nuint cachedStackLow;

    /// <summary>The limit for a call entering Wasm now, at most <paramref name="maxBytes"/> below the current frame.</summary>
    public static nuint LimitForCurrentThread(ulong maxBytes)
    {
        byte marker = 0;
        var current = (nuint)(&marker);
        var low = StackLow();
        nuint limit = low != 0 ? low + (nuint)Reserve : (current > 1024 * 1024 ? current - 1024 * 1024 : 0);
        if (maxBytes != 0 && current > maxBytes && current - (nuint)maxBytes > limit)
            limit = current - (nuint)maxBytes;
        return limit;
    }

    private static nuint StackLow()
    {
        if (cachedStackLow != 0) return cachedStackLow;
        if (!OperatingSystem.IsLinux()) return 0;
        try
        {
            var attr = stackalloc byte[256];
            if (pthread_getattr_np(pthread_self(), attr) != 0) return 0;
            try
            {
                if (pthread_attr_getstack(attr, out var address, out _) != 0) return 0;
                cachedStackLow = (nuint)address;
            }
            finally
            {
                pthread_attr_destroy(attr);
            }
        }
        catch (DllNotFoundException) { return 0; }
        catch (EntryPointNotFoundException) { return 0; }
        return cachedStackLow;
    }

    [DllImport("libc")] private static extern nint pthread_self();
    [DllImport("libc")] private static extern int pthread_getattr_np(nint thread, byte* attr);
    [DllImport("libc")] private static extern int pthread_attr_getstack(byte* attr, out nint address, out nuint size);
    [DllImport("libc")] private static extern int pthread_attr_destroy(byte* attr);
}
