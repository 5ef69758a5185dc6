using k8s;
using k8s.Models;

namespace Wasmbox.Deploy.Tests;

/// <summary>
/// The custom resources deploy/kubernetes holds besides Kubernetes' own, as their CRDs define
/// them, so the client's strict YAML loader reads them too and refuses a misspelt field:
/// Dapr's <c>Component</c> (dapr.io/v1alpha1) and <c>Subscription</c> (dapr.io/v2alpha1), and
/// kustomize's <c>Kustomization</c>.
/// </summary>
internal static class DeployResourceTypes
{
    public static readonly Dictionary<string, Type> Map = new()
    {
        ["dapr.io/v1alpha1/Component"] = typeof(DaprComponent),
        ["dapr.io/v2alpha1/Subscription"] = typeof(DaprSubscription),
        ["kustomize.config.k8s.io/v1beta1/Kustomization"] = typeof(Kustomization),
    };
}

public sealed class DaprComponent : IKubernetesObject<V1ObjectMeta>
{
    public string ApiVersion { get; set; } = "";
    public string Kind { get; set; } = "";
    public V1ObjectMeta Metadata { get; set; } = new();
    public DaprComponentSpec Spec { get; set; } = new();
    public ComponentAuth? Auth { get; set; }
    public List<string> Scopes { get; set; } = [];
}

public sealed class DaprComponentSpec
{
    public string Type { get; set; } = "";
    public string Version { get; set; } = "";
    public List<ComponentMetadataItem> Metadata { get; set; } = [];
    public bool? IgnoreErrors { get; set; }
    public string? InitTimeout { get; set; }
}

public sealed class ComponentMetadataItem
{
    public string Name { get; set; } = "";
    public string? Value { get; set; }
    public ComponentSecretKeyRef? SecretKeyRef { get; set; }
}

public sealed class ComponentSecretKeyRef
{
    public string Name { get; set; } = "";
    public string? Key { get; set; }
}

public sealed class ComponentAuth
{
    public string SecretStore { get; set; } = "";
}

public sealed class DaprSubscription : IKubernetesObject<V1ObjectMeta>
{
    public string ApiVersion { get; set; } = "";
    public string Kind { get; set; } = "";
    public V1ObjectMeta Metadata { get; set; } = new();
    public DaprSubscriptionSpec Spec { get; set; } = new();
    public List<string> Scopes { get; set; } = [];
}

public sealed class DaprSubscriptionSpec
{
    public string Pubsubname { get; set; } = "";
    public string Topic { get; set; } = "";
    public SubscriptionRoutes Routes { get; set; } = new();
    public string? DeadLetterTopic { get; set; }
    public Dictionary<string, string>? Metadata { get; set; }
}

public sealed class SubscriptionRoutes
{
    public List<SubscriptionRule> Rules { get; set; } = [];
    public string? Default { get; set; }
}

public sealed class SubscriptionRule
{
    public string Match { get; set; } = "";
    public string Path { get; set; } = "";
}

public sealed class Kustomization : IKubernetesObject
{
    public string ApiVersion { get; set; } = "";
    public string Kind { get; set; } = "";
    public string? Namespace { get; set; }
    public List<string> Resources { get; set; } = [];
    public List<KustomizationImage> Images { get; set; } = [];
}

public sealed class KustomizationImage
{
    public string Name { get; set; } = "";
    public string? NewName { get; set; }
    public string? NewTag { get; set; }
}
