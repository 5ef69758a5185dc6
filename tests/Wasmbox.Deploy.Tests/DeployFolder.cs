using k8s;
using k8s.Models;

namespace Wasmbox.Deploy.Tests;

/// <summary>One object of a manifest file, with the file it came from (relative to deploy/kubernetes).</summary>
internal sealed record DeployObject(string File, object Value);

/// <summary>The repository's deploy/ folder, and every object of deploy/kubernetes as kubectl would read it.</summary>
internal static class DeployFolder
{
    public static string RepositoryRoot { get; } = FindRoot();
    public static string Root => Path.Combine(RepositoryRoot, "deploy");
    public static string Kubernetes => Path.Combine(Root, "kubernetes");
    public static string DaprResources => Path.Combine(Kubernetes, "dapr");
    public static string Laptop => Path.Combine(Root, "laptop");

    private static readonly Lazy<IReadOnlyList<DeployObject>> Loaded = new(Load);

    /// <summary>Every document of every .yaml file under deploy/kubernetes, strictly typed.</summary>
    public static IReadOnlyList<DeployObject> Objects => Loaded.Value;

    public static IEnumerable<T> All<T>() => Objects.Select(o => o.Value).OfType<T>();

    public static T Single<T>() => Assert.Single(All<T>());

    /// <summary>The Wasmbox Deployment: the one whose pods daprd joins.</summary>
    public static V1Deployment Deployment => All<V1Deployment>().Single(d => d.Spec.Template.Metadata.Annotations?.ContainsKey("dapr.io/enabled") == true);

    public static V1Container Container => Assert.Single(Deployment.Spec.Template.Spec.Containers);

    public static IEnumerable<string> YamlFiles(string directory, SearchOption depth = SearchOption.AllDirectories) =>
        Directory.EnumerateFiles(directory, "*.*", depth).Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    private static IReadOnlyList<DeployObject> Load()
    {
        var objects = new List<DeployObject>();
        foreach (var file in YamlFiles(Kubernetes))
        {
            var relative = Path.GetRelativePath(Kubernetes, file);
            // Strict: a field the API does not have (a misspelt probe, a stray key) is an error, as kubectl's server-side validation makes it.
            try { objects.AddRange(KubernetesYaml.LoadAllFromString(File.ReadAllText(file), DeployResourceTypes.Map, strict: true).Select(o => new DeployObject(relative, o))); }
            catch (Exception e) { throw new InvalidDataException($"{relative}: {e.Message}", e); }
        }
        return objects;
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Wasmbox.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new DirectoryNotFoundException("repository root (Wasmbox.sln) not found");
    }

    /// <summary>An argument's value in an argument list (<c>--listen 0.0.0.0:8080</c>), or null.</summary>
    public static string? Option(IEnumerable<string> arguments, string name)
    {
        var list = arguments.ToList();
        var at = list.IndexOf(name);
        return at >= 0 && at + 1 < list.Count ? list[at + 1] : null;
    }

    /// <summary>A container port by number or by name, as a probe or a Service's targetPort names it.</summary>
    public static int PortNumber(IntOrString port, V1Container container) =>
        int.TryParse(port.Value, out var number) ? number : Assert.Single(container.Ports, p => p.Name == port.Value).ContainerPort;
}
