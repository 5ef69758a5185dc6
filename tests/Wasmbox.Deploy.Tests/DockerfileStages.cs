using System.Text.Json;

namespace Wasmbox.Deploy.Tests;

/// <summary>One instruction of a Dockerfile: its keyword (upper case) and the rest of its line, continuations joined.</summary>
internal sealed record DockerInstruction(string Keyword, string Arguments)
{
    /// <summary>The arguments of the exec form (<c>["a", "b"]</c>), or split on white space.</summary>
    public IReadOnlyList<string> Words => Arguments.TrimStart().StartsWith('[')
        ? JsonSerializer.Deserialize<List<string>>(Arguments)!
        : Arguments.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>
/// deploy/Dockerfile read as Docker reads it, line continuations and comments included, split
/// into stages; the tests look at the last stage, the image that runs.
/// </summary>
internal static class DockerfileStages
{
    public static string Path => System.IO.Path.Combine(DeployFolder.Root, "Dockerfile");

    public static IReadOnlyList<IReadOnlyList<DockerInstruction>> Read()
    {
        var stages = new List<List<DockerInstruction>>();
        var pending = "";
        foreach (var raw in File.ReadAllLines(Path))
        {
            var line = raw.Trim();
            // Comment lines go, even inside a continued instruction, as Docker removes them.
            if (line.StartsWith('#')) continue;
            if (line.EndsWith('\\')) { pending += line[..^1] + " "; continue; }
            var whole = (pending + line).Trim();
            pending = "";
            if (whole.Length == 0) continue;
            var space = whole.IndexOfAny([' ', '\t']);
            var instruction = new DockerInstruction(whole[..space].ToUpperInvariant(), whole[(space + 1)..].Trim());
            if (instruction.Keyword == "FROM") stages.Add([]);
            Assert.True(stages.Count > 0, $"{instruction.Keyword} before the first FROM");
            stages[^1].Add(instruction);
        }
        return stages;
    }

    public static IReadOnlyList<DockerInstruction> Final => Read()[^1];

    /// <summary>The last instruction of that keyword in the final stage (the one that counts for USER, CMD, ...).</summary>
    public static DockerInstruction Last(string keyword) => Final.Last(i => i.Keyword == keyword);
}
