namespace Wasmbox.Wasi;

/// <summary>A stream given to the guest as stdin, stdout or stderr; a terminal reports itself as one, so libc line-buffers it.</summary>
public sealed record WasiStream(Stream Stream, bool IsTerminal = false);
