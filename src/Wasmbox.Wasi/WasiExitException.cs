using Wasmbox.Runtime;

namespace Wasmbox.Wasi;

/// <summary>
/// The guest called proc_exit (or raised a terminating signal). It unwinds the guest, never the
/// host: the engine lets it through as it does every <see cref="WasmException"/>, and whoever
/// started the guest reads <see cref="ExitCode"/>.
/// </summary>
public sealed class WasiExitException : WasmException
{
    public WasiExitException(int exitCode) : base($"the guest exited with status {exitCode}")
    {
        ExitCode = exitCode;
    }

    public int ExitCode { get; }
}
