namespace Wasmbox.Cli.Commands;

/// <summary>The streams a guest run from the command line gets as stdin, stdout and stderr.</summary>
internal sealed record GuestStdio(Stream Input, Stream Output, Stream Error, bool InputIsTerminal = false, bool OutputIsTerminal = false, bool ErrorIsTerminal = false)
{
    /// <summary>
    /// The inherited descriptors 0, 1 and 2, unbuffered, so guest output interleaves with
    /// wasmbox's own messages as written. They are not <see cref="System.Console"/>'s streams,
    /// which swallow EPIPE: a guest writing into a closed pipe must see the error, as a native
    /// program does.
    /// </summary>
    public static GuestStdio Console()
    {
        if (OperatingSystem.IsWindows())
            return new(System.Console.OpenStandardInput(), System.Console.OpenStandardOutput(), System.Console.OpenStandardError());
        return new(new InheritedDescriptorStream(0, readable: true), new InheritedDescriptorStream(1, readable: false),
            new InheritedDescriptorStream(2, readable: false),
            !System.Console.IsInputRedirected, !System.Console.IsOutputRedirected, !System.Console.IsErrorRedirected);
    }
}
