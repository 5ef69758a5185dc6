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
            catch (MalformedModuleException e)
            {
                error.WriteLine($"{path}: malformed module: {e.Message}");
                status = 1;
            }
            catch (InvalidModuleException e)
            {
                error.WriteLine($"{path}: invalid module: {e.Message}");
                status = 1;
            }
            catch (IOException e)
            {
                error.WriteLine($"{path}: cannot read: {e.Message}");
                status = 1;
            }
            catch (UnauthorizedAccessException e)
            {
                error.WriteLine($"{path}: cannot read: {e.Message}");
                status = 1;
            }
        }
        return status;
    }
}
