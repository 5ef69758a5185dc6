namespace Wasmbox.Programs.Tests.Building;

/// <summary>What the machine needs for these tests, said once for every error that points at it.</summary>
internal static class Prerequisites
{
    public const string Hint =
        "the real-program tests need apt with deb-src access and: apt-get install dpkg-dev make tcl ed clang-19 lld-19 wasi-libc libclang-rt-19-dev-wasm32";
}
