namespace Wasmbox.Wasi.Abi;

/// <summary>Sizes and field offsets of the structures WASI exchanges through guest memory (wasm32).</summary>
internal static class Layouts
{
    public const int IovecSize = 8;            // buf: u32 @0, buf_len: u32 @4

    public const int FdstatSize = 24;          // filetype: u8 @0, flags: u16 @2, rights_base: u64 @8, rights_inheriting: u64 @16

    public const int FilestatSize = 64;        // dev @0, ino @8, filetype: u8 @16, nlink @24, size @32, atim @40, mtim @48, ctim @56

    public const int DirentSize = 24;          // d_next: u64 @0, d_ino: u64 @8, d_namlen: u32 @16, d_type: u8 @20; the name follows

    public const int PrestatSize = 8;          // tag: u8 @0, name_len: u32 @4

    public const int SubscriptionSize = 48;    // userdata: u64 @0, tag: u8 @8, then clock {id u32 @16, timeout u64 @24, precision u64 @32, flags u16 @40} or fd u32 @16

    public const int EventSize = 32;           // userdata: u64 @0, error: u16 @8, type: u8 @10, nbytes: u64 @16, flags: u16 @24
}
