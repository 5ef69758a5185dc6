using System.Text;

namespace Wasmbox.Programs.Tests.Running;

/// <summary>How a run of a program ended and everything it wrote to stdout and stderr, byte for byte.</summary>
internal sealed record ProgramOutcome(int ExitCode, byte[] Output, byte[] Error)
{
    public string OutputText => Encoding.UTF8.GetString(Output);

    public string ErrorText => Encoding.UTF8.GetString(Error);

    public override string ToString() => $"exit {ExitCode}, {Output.Length} bytes on stdout, {Error.Length} on stderr";
}
