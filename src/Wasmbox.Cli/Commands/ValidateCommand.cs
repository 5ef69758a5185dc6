using Wasmbox.Runtime;

namespace Wasmbox.Cli.Commands;

/// <summary>`wasmbox validate FILE...`: decodes and validates, and says why a module is refused.</summary>
internal static class ValidateCommand
{
    public static int Run(IReadOnlyList<string> arguments, TextWriter output, TextWriter error)
    {
        if (arguments.Count == 0)
        {
            error.WriteLine("usage: wasmbox validate FILE...");
            return 2;
        }
        var status = 0;
        foreach (var path in arguments)
        {
            try
            {
                Module.Validate(File.ReadAllBytes(path));
                output.WriteLine($"{path}: valid");
            }
            catch (Exception e) when (Describe(e) is { } kind)
            {
                error.WriteLine($"{path}: {kind}: {e.Message}");
                status = 1;
            }
        }
        return status;
    }

    private static string? Describe(Exception e) => e switch
    {
        MalformedModuleException => "malformed module",
        InvalidModuleException => "invalid module",
        IOException or UnauthorizedAccessException => "cannot read",
        _ => null,
    };
}
