using System.Collections.Immutable;
using System.Net.Sockets;

namespace Wasmbox.Wasi;

/// <summary>
/// What a WASI guest is granted. Immutable; each With* returns a changed copy. The default
/// grants nothing: no arguments, no environment variables, no directories, no socket, an empty
/// stdin, and stdout and stderr that discard what is written.
/// </summary>
public sealed record WasiConfiguration
{
    public static WasiConfiguration Default { get; } = new();

    /// <summary>The guest's argv, program name first.</summary>
    public ImmutableArray<string> Arguments { get; init; } = [];

    /// <summary>The only environment variables the guest sees, in this order.</summary>
    public ImmutableArray<KeyValuePair<string, string>> EnvironmentVariables { get; init; } = [];

    /// <summary>Directories the guest may use, as descriptors 3, 4, ... in this order.</summary>
    public ImmutableArray<PreopenedDirectory> PreopenedDirectories { get; init; } = [];

    public WasiStream StandardInput { get; init; } = new(Stream.Null);
    public WasiStream StandardOutput { get; init; } = new(Stream.Null);
    public WasiStream StandardError { get; init; } = new(Stream.Null);

    /// <summary>
    /// A bound, listening TCP socket the guest may accept connections from (descriptor after the
    /// preopened directories). The embedder owns it; the guest's accepted connections are closed
    /// with the context.
    /// </summary>
    public Socket? ListeningSocket { get; init; }

    public WasiConfiguration WithArguments(params IEnumerable<string> arguments)
    {
        var list = arguments.ToImmutableArray();
        foreach (var argument in list) RefuseNul(argument, "argument");
        return this with { Arguments = list };
    }

    public WasiConfiguration WithEnvironmentVariable(string name, string value)
    {
        if (name.Length == 0 || name.Contains('=')) throw new ArgumentException($"\"{name}\" is not a valid environment variable name", nameof(name));
        RefuseNul(name, "environment variable name");
        RefuseNul(value, "environment variable value");
        var kept = EnvironmentVariables.Where(v => v.Key != name);
        return this with { EnvironmentVariables = [.. kept, new(name, value)] };
    }

    public WasiConfiguration WithPreopenedDirectory(string hostPath, string guestPath, bool readOnly = false)
    {
        if (guestPath.Length == 0) throw new ArgumentException("a preopened directory needs a guest path", nameof(guestPath));
        RefuseNul(guestPath, "guest path");
        return this with { PreopenedDirectories = PreopenedDirectories.Add(new PreopenedDirectory(hostPath, guestPath, readOnly)) };
    }

    public WasiConfiguration WithStandardInput(Stream stream, bool isTerminal = false) => this with { StandardInput = new(stream, isTerminal) };
    public WasiConfiguration WithStandardOutput(Stream stream, bool isTerminal = false) => this with { StandardOutput = new(stream, isTerminal) };
    public WasiConfiguration WithStandardError(Stream stream, bool isTerminal = false) => this with { StandardError = new(stream, isTerminal) };

    public WasiConfiguration WithListeningSocket(Socket socket) => this with { ListeningSocket = socket };

    private static void RefuseNul(string text, string what)
    {
        if (text.Contains('\0')) throw new ArgumentException($"a WASI {what} cannot contain a NUL character");
    }
}
