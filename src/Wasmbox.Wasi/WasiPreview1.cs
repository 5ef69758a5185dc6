using Wasmbox.Runtime;
using Wasmbox.Wasi.Abi;
using Wasmbox.Wasi.Functions;
using Wasmbox.Wasi.Host;

namespace Wasmbox.Wasi;

/// <summary>
/// Defines every function of `wasi_snapshot_preview1` in a <see cref="Linker"/>. Each is an
/// untyped host callback (no reflection on the call path) that answers WASI's errno; a guest
/// pointer outside its memory answers EFAULT.
/// </summary>
public static class WasiPreview1
{
    public const string ModuleName = "wasi_snapshot_preview1";

    /// <summary>Set WASMBOX_WASI_TRACE=1 to log every call and its errno on stderr.</summary>
    private static readonly bool Trace = System.Environment.GetEnvironmentVariable("WASMBOX_WASI_TRACE") == "1";

    /// <summary>The names of the functions defined, in the order of the witx.</summary>
    public static IEnumerable<string> FunctionNames => WasiFunctionTable.All.Select(f => f.Name);

    /// <summary>Defines the functions over one context: every instance linked through this linker shares it.</summary>
    public static Linker AddToLinker(Linker linker, WasiContext context) => AddToLinker(linker, _ => context);

    /// <summary>
    /// Defines the functions with a context chosen per store (e.g. kept in <see cref="Store.Data"/>),
    /// so one linker serves many guests, each with its own grants.
    /// </summary>
    public static Linker AddToLinker(Linker linker, Func<Store, WasiContext> contextOf)
    {
        foreach (var entry in WasiFunctionTable.All)
            linker.DefineFunction(ModuleName, entry.Name, entry.Type, Callback(entry, contextOf));
        return linker;
    }

    private static HostCallback Callback(WasiFunctionEntry entry, Func<Store, WasiContext> contextOf)
    {
        var body = entry.Body;
        var returnsErrno = entry.ReturnsErrno;
        var name = entry.Name;
        return (caller, arguments, results) =>
        {
            var context = contextOf(caller.Store);
            var errno = Invoke(body, context, new GuestMemory(caller.Memory), arguments);
            if (Trace) Console.Error.WriteLine($"wasi: {name}({string.Join(", ", arguments.ToArray().Select(a => a.RawBits))}) -> {errno}");
            if (returnsErrno) results[0] = Value.I32((int)errno);
        };
    }

    private static Errno Invoke(WasiFunction body, WasiContext context, GuestMemory memory, ReadOnlySpan<Value> arguments)
    {
        try
        {
            return body(context, memory, arguments);
        }
        catch (TrapException trap) when (trap.Kind == TrapKind.MemoryOutOfBounds)
        {
            return Errno.Fault;
        }
        catch (IOException e)
        {
            // A stream the embedder gave failed. .NET's own streams carry the Unix errno (EPIPE
            // for a closed pipe); anything else is EIO.
            return e.HResult is > 0 and < 200 ? HostErrors.FromLinux(e.HResult) : Errno.IO;
        }
        catch (Exception e) when (e is NotSupportedException or ObjectDisposedException)
        {
            return Errno.BadDescriptor; // the stream cannot do that, or is gone
        }
    }
}
