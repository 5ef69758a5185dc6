namespace Wasmbox.Cli.Commands;

/// <summary>The streams a guest run from the command line gets as stdin, stdout and stderr.</summary>
internal sealed record GuestStdio(Stream Input, Stream Output, Stream Error, bool InputIsTerminal = false, bool OutputIsTerminal = false, bool ErrorIsTerminal = false)
{
    /// <summary>The inherited console, unbuffered, so guest output interleaves with wasmbox's own messages as written.</summary>
    public static GuestStdio Console() => new(
        System.Console.OpenStandardInput(), System.Console.OpenStandardOutput(), System.Console.OpenStandardError(),
        !System.Console.IsInputRedirected, !System.Console.IsOutputRedirected, !System.Console.IsErrorRedirected);
}
