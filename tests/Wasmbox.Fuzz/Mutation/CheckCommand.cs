namespace Wasmbox.Fuzz.Mutation;

/// <summary>`check FILE...`: runs saved inputs through what the mutation fuzzer does with each (every function JIT-compiled), in this process, with the exception in full.</summary>
internal static class CheckCommand
{
    public static int Run(IEnumerable<string> paths, TextWriter output)
    {
        var checker = new InputChecker(jitEveryFunction: true);
        var failed = false;
        foreach (var path in paths)
        {
            try
            {
                output.WriteLine($"{path}: {checker.Check(File.ReadAllBytes(path), new FuzzRandom(0))}");
            }
            catch (Exception e)
            {
                failed = true;
                output.WriteLine($"{path}: unexpected {e}");
            }
        }
        return failed ? 1 : 0;
    }
}
