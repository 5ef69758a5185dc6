using System.Security.Cryptography;
using System.Text;

namespace Wasmbox.Runtime.Tests;

/// <summary>
/// Builds the C guests in Guests/ at test set-up, as WASI reactors (no main; the exports are the
/// entry points) with clang-19 and the WASI sysroot. Cached by source hash in the temp folder.
/// </summary>
internal static class CGuests
{
    private static readonly string Cache = Path.Combine(Path.GetTempPath(), "wasmbox-runtime-test-guests");

    public static byte[] Reactor(string name)
    {
        var source = Path.Combine(AppContext.BaseDirectory, "Guests", name + ".c");
        string[] flags = ["--target=wasm32-wasi", "--sysroot=/usr", "-mexec-model=reactor", "-O2", "-Wall", "-Werror"];
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(File.ReadAllText(source) + string.Join(' ', flags))))[..16];
        var output = Path.Combine(Directory.CreateDirectory(Cache).FullName, $"{name}-{hash}.wasm");
        if (!File.Exists(output))
        {
            var temporary = $"{output}.{Environment.ProcessId}.tmp";
            Wabt.Run("clang-19", [.. flags, source, "-o", temporary]);
            File.Move(temporary, output, overwrite: true);
        }
        return File.ReadAllBytes(output);
    }
}
