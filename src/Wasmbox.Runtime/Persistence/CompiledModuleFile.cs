using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace Wasmbox.Runtime.Persistence;

/// <summary>
/// The file format of a compiled module (little-endian):
/// <code>
/// magic      8 bytes   "\0wasmbox"
/// format     u32       FormatVersion
/// signed     u8        1: the tag is an HMAC-SHA256 with a key; 0: a plain SHA-256 checksum
/// version    string    the Wasmbox version (a 7-bit encoded length, then UTF-8)
/// build      16 bytes  the runtime assembly's module version id
/// dotnet     string    the .NET version that compiled it (for diagnosis only)
/// wasm hash  32 bytes  SHA-256 of the Wasm bytes below
/// fuel       u8, string (the cost table's hash), interruptible u8, max call depth i32, bounds checks u8, split functions over i32
/// wasm       i32 length, bytes
/// assembly   i32 length, bytes
/// tag        32 bytes  over everything before it
/// </code>
/// The tag is checked before anything else is read, so with a key nothing an outsider wrote is parsed.
/// </summary>
internal static class CompiledModuleFile
{
    public const int FormatVersion = 3;
    private const int TagLength = 32;
    private const int SignedOffset = 12;
    private const int PreambleLength = 13;

    public static ReadOnlySpan<byte> Magic => "\0wasmbox"u8;

    public static bool HasMagic(ReadOnlySpan<byte> bytes) => bytes.StartsWith(Magic);

    public static byte[] Write(CompiledModuleImage image, ModuleSigningKey? key)
    {
        using var buffer = new MemoryStream(image.Wasm.Length + image.Assembly.Length + 512);
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
            writer.Write((byte)(key is null ? 0 : 1));
            writer.Write(image.Build.Version);
            writer.Write(image.Build.RuntimeId.ToByteArray());
            writer.Write(image.DotnetVersion);
            writer.Write(image.WasmHash);
            writer.Write(image.Settings.ConsumeFuel);
            writer.Write(image.Settings.FuelCostsHash);
            writer.Write(image.Settings.Interruptible);
            writer.Write(image.Settings.MaxCallDepth);
            writer.Write((byte)image.Settings.BoundsChecks);
            writer.Write(image.Settings.SplitFunctionsOver);
            writer.Write(image.Wasm.Length);
            writer.Write(image.Wasm.Span);
            writer.Write(image.Assembly.Length);
            writer.Write(image.Assembly.Span);
        }
        var content = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        buffer.Write(Tag(content, key));
        return buffer.ToArray();
    }

    /// <summary>Checks the magic, the format and the tag, then reads the contents.</summary>
    /// <param name="file">The whole file.</param>
    /// <param name="key">The key it must be signed with, or null for an unsigned file.</param>
    /// <param name="checkTag">False only to describe a file (wasmbox inspect), never to run one.</param>
    /// <exception cref="CompiledModuleException">anything is missing, damaged or not signed as asked</exception>
    public static CompiledModuleImage Read(ReadOnlyMemory<byte> file, ModuleSigningKey? key, bool checkTag = true)
    {
        var bytes = file.Span;
        if (!HasMagic(bytes))
            throw new CompiledModuleException(CompiledModuleProblem.NotCompiledModule, "not a compiled Wasmbox module (it does not start with \"\\0wasmbox\")");
        if (bytes.Length < PreambleLength + TagLength) throw Corrupted("truncated");
        var format = BinaryPrimitives.ReadInt32LittleEndian(bytes[Magic.Length..]);
        if (format != FormatVersion)
            throw new CompiledModuleException(CompiledModuleProblem.UnsupportedFormat,
                $"compiled module format {format} is not supported (this Wasmbox reads format {FormatVersion}): compile the module again");
        if (checkTag) CheckTag(bytes, key);

        var content = MemoryMarshal.TryGetArray(file, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count - TagLength, writable: false)
            : new MemoryStream(file[..^TagLength].ToArray(), writable: false);
        using var reader = new BinaryReader(content, Encoding.UTF8);
        try
        {
            reader.BaseStream.Position = PreambleLength;
            var version = reader.ReadString();
            var build = new BuildIdentity(version, new Guid(ReadExactly(reader, 16)));
            var dotnet = reader.ReadString();
            var wasmHash = ReadExactly(reader, 32);
            var settings = new CodeGenerationSettings(reader.ReadBoolean(), reader.ReadString(), reader.ReadBoolean(), reader.ReadInt32(), ReadBoundsChecks(reader), reader.ReadInt32());
            var wasm = ReadBlock(reader, file);
            var assembly = ReadBlock(reader, file);
            if (reader.BaseStream.Position != file.Length - TagLength) throw Corrupted("unexpected bytes after the compiled code");
            return new CompiledModuleImage(build, dotnet, wasmHash, settings, wasm, assembly);
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or ArgumentException or FormatException)
        {
            throw Corrupted(e.Message);
        }
    }

    private static BoundsChecks ReadBoundsChecks(BinaryReader reader) => reader.ReadByte() switch
    {
        (byte)BoundsChecks.Explicit => BoundsChecks.Explicit,
        (byte)BoundsChecks.GuardRegion => BoundsChecks.GuardRegion,
        var other => throw Corrupted($"unknown bounds-check kind {other}"),
    };

    private static byte[] ReadExactly(BinaryReader reader, int count)
    {
        var bytes = reader.ReadBytes(count);
        return bytes.Length == count ? bytes : throw new EndOfStreamException();
    }

    /// <summary>A length-prefixed block, as a slice of the file rather than a copy.</summary>
    private static ReadOnlyMemory<byte> ReadBlock(BinaryReader reader, ReadOnlyMemory<byte> file)
    {
        var length = reader.ReadInt32();
        var start = reader.BaseStream.Position;
        if (length < 0 || length > reader.BaseStream.Length - start) throw Corrupted("a length runs past the end");
        reader.BaseStream.Position = start + length;
        return file.Slice((int)start, length);
    }

    /// <summary>Whether the file is signed (then only its key can check it), else whether its checksum holds.</summary>
    public static (bool Signed, bool ChecksumHolds) DescribeTag(ReadOnlySpan<byte> file)
    {
        if (file.Length < PreambleLength + TagLength) return (false, false);
        if (file[SignedOffset] == 1) return (true, false);
        return (false, SHA256.HashData(file[..^TagLength]).AsSpan().SequenceEqual(file[^TagLength..]));
    }

    private static void CheckTag(ReadOnlySpan<byte> bytes, ModuleSigningKey? key)
    {
        var signed = bytes[SignedOffset] switch
        {
            0 => false,
            1 => true,
            _ => throw Corrupted("unknown signature kind"),
        };
        if (signed && key is null)
            throw new CompiledModuleException(CompiledModuleProblem.SignatureMismatch, "the compiled module is signed: give the key it was signed with");
        if (!signed && key is not null)
            throw new CompiledModuleException(CompiledModuleProblem.SignatureMismatch, "the compiled module is not signed, and only signed ones are accepted here");
        var content = bytes[..^TagLength];
        if (!CryptographicOperations.FixedTimeEquals(Tag(content, key), bytes[^TagLength..]))
        {
            throw signed
                ? new CompiledModuleException(CompiledModuleProblem.SignatureMismatch,
                    "the compiled module's signature does not match the key: it was altered, or signed with another key")
                : Corrupted("checksum mismatch");
        }
    }

    private static byte[] Tag(ReadOnlySpan<byte> content, ModuleSigningKey? key) => key?.Sign(content) ?? SHA256.HashData(content);

    private static CompiledModuleException Corrupted(string detail) =>
        new(CompiledModuleProblem.Corrupted, $"corrupted compiled module: {detail}");
}
