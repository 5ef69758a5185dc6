using System.Text.RegularExpressions;
using Wasmbox.Host.Manifest;

namespace Wasmbox.Deploy.Tests;

/// <summary>
/// deploy/Dockerfile, read as Docker reads it (no daemon here to build it): the image it makes
/// runs as a non-root user, keeps its data in a volume, listens where the Deployment says, holds
/// every module its manifest names, and is built with the commands ./wasmbox runs.
/// </summary>
public sealed class DeployDockerfileTests
{
    private static IReadOnlyList<string> Command => DockerfileStages.Last("CMD").Words;

    [Fact]
    public void TheImageRunsAsANumericNonRootUser()
    {
        var user = DockerfileStages.Last("USER").Arguments;
        Assert.True(long.TryParse(user.Split(':')[0], out var uid), $"USER {user}: give a number, so Kubernetes' runAsNonRoot can check it");
        Assert.NotEqual(0, uid);
    }

    [Fact]
    public void TheImageServesOnItsExposedPortWithItsDataInTheVolume()
    {
        var exposed = Assert.Single(DockerfileStages.Last("EXPOSE").Words);
        Assert.Equal($"0.0.0.0:{exposed}", DeployFolder.Option(Command, "--listen"));
        Assert.Contains(DeployFolder.Option(Command, "--data-dir"), DockerfileStages.Last("VOLUME").Words);
        Assert.Equal(["dotnet", "/opt/wasmbox/wasmbox.dll"], DockerfileStages.Last("ENTRYPOINT").Words);
        // The Deployment runs the image's own command, written out, so it can be read in one place.
        Assert.Equal(Command, DeployFolder.Container.Args);
    }

    [Fact]
    public void TheImageHoldsTheManifestAndEveryModuleAndDirectoryItNames()
    {
        using var image = ImageLayout.Build();
        var manifest = image.HostPath(DeployFolder.Option(Command, "--config")!);
        Assert.True(File.Exists(manifest), $"the image has no {DeployFolder.Option(Command, "--config")}");
        // ManifestReader refuses a module or directory that does not exist: reading it in the image's layout is the check.
        var functions = ManifestReader.ReadFile(manifest);
        Assert.NotEmpty(functions);
        Assert.All(functions, f => Assert.StartsWith(image.Root, f.ModulePath));
        Assert.All(functions.SelectMany(f => f.Spec.Directories), d => Assert.StartsWith(image.Root, d.Host));
        Assert.Equal(functions.Select(f => f.Spec.Name).Order(), ManifestReader.ReadFile(Path.Combine(DeployFolder.Root, "wasmbox.yaml")).Select(f => f.Spec.Name).Order());
    }

    [Fact]
    public void TheBuildStagePublishesWithTheFlagsOfTheWasmboxScript()
    {
        var script = File.ReadAllText(Path.Combine(DeployFolder.RepositoryRoot, "wasmbox"));
        var publish = Assert.Single(DockerfileStages.Read()[0], i => i.Keyword == "RUN" && i.Arguments.Contains("dotnet publish")).Arguments;
        foreach (var option in PublishOptions(script).Where(o => !o.StartsWith("-o ", StringComparison.Ordinal) && !o.StartsWith("-v ", StringComparison.Ordinal)))
            Assert.Contains(option, publish);
        Assert.Contains("-c Release", publish);
        Assert.Contains("--self-contained false", publish);
        Assert.StartsWith("mcr.microsoft.com/dotnet/sdk:10.0", DockerfileStages.Read()[0][0].Arguments);
        Assert.StartsWith("mcr.microsoft.com/dotnet/aspnet:10.0", DockerfileStages.Final[0].Arguments);
    }

    /// <summary>The options of the script's <c>dotnet publish</c>, each with its value: "-c Release", "--nologo".</summary>
    private static List<string> PublishOptions(string script)
    {
        var command = Regex.Match(script, @"dotnet publish (?:[^\n]*\\\n)*[^\n]*").Value.Replace("\\\n", " ");
        var words = command.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var options = new List<string>();
        for (var i = 0; i < words.Length; i++)
        {
            if (!words[i].StartsWith('-')) continue;
            var takesValue = i + 1 < words.Length && !words[i + 1].StartsWith('-') && !words[i].Contains('=');
            options.Add(takesValue ? $"{words[i]} {words[++i]}" : words[i]);
        }
        Assert.Contains("--self-contained false", options);   // the script was read
        return options;
    }

    [Fact]
    public void TheRuntimeNeedsNoWritableRootFilesystem()
    {
        var environment = DockerfileStages.Final.Where(i => i.Keyword == "ENV").SelectMany(i => i.Words).ToList();
        // Set in the image, wasmbox does not re-exec itself for guard regions, and .NET makes no diagnostics socket in /tmp.
        Assert.Contains("DOTNET_legacyCorruptedStateExceptionsPolicy=1", environment);
        Assert.Contains("DOTNET_EnableDiagnostics=0", environment);
    }

    [Fact]
    public void TheImageCarriesTheJavaScriptEngineTheServerIsPointedAt()
    {
        // A stage builds it with the checkout's own script, into the folder the final stage copies from.
        var stages = DockerfileStages.Read();
        var js = Assert.Single(stages, stage => stage[0].Words.Contains("js") && stage[0].Words.Contains("AS"));
        var build = Assert.Single(js, i => i.Keyword == "RUN" && i.Arguments.Contains("runtime/js/build.sh")).Words;
        var output = build[build.ToList().IndexOf("runtime/js/build.sh") + 1];
        Assert.Contains(js, i => i.Keyword == "COPY" && i.Words.Contains("runtime/js/"));
        var copy = Assert.Single(DockerfileStages.Final, i => i.Keyword == "COPY" && i.Words.Contains("--from=js")).Words;
        Assert.Equal($"{output}/wasmbox-js.wasm", copy[^2]);
        var environment = DockerfileStages.Final.Where(i => i.Keyword == "ENV").SelectMany(i => i.Words).ToList();
        Assert.Contains($"WASMBOX_JS_ENGINE={copy[^1]}", environment);
        // What build.sh says it needs is installed in that stage.
        var install = Assert.Single(js, i => i.Keyword == "RUN" && i.Arguments.Contains("apt-get install")).Words;
        foreach (var package in new[] { "clang-19", "lld-19", "wasi-libc", "libclang-rt-19-dev-wasm32", "dpkg-dev", "debian-archive-keyring" })
            Assert.Contains(package, install);
    }

    [Fact]
    public void TheBuildContextLeavesOutBuildOutputsAndLocalData()
    {
        var ignored = DockerIgnore.Read(Path.Combine(DeployFolder.RepositoryRoot, ".dockerignore"));
        foreach (var path in new[] { "src/Wasmbox.Host/bin", "src/Wasmbox.Host/obj", ".build", ".wasmbox", "examples/wordcount/node_modules", ".git" })
            Assert.True(ignored.Excludes(path), $".dockerignore lets {path} into the build context");
        foreach (var path in new[] { "src/Wasmbox.Host/WasmboxServer.cs", "Directory.Build.props", "examples/hello/hello.wasm", "deploy/wasmbox.yaml", "runtime/js/build.sh" })
            Assert.False(ignored.Excludes(path), $".dockerignore leaves out {path}, which the image needs");
    }
}
