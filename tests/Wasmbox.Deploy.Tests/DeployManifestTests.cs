using k8s.Models;
using Wasmbox.Dapr.Components;
using Wasmbox.Host.Admin;
using Wasmbox.Host.Manifest;

namespace Wasmbox.Deploy.Tests;

/// <summary>
/// deploy/kubernetes as kubectl, the Dapr sidecar injector and daprd read it: every file parses
/// strictly into the API's types, the Deployment is a Dapr app whose ports, probes, limits,
/// security settings, token and data directory agree with each other, with the Service, the
/// Secrets of the folder and the image; and the Dapr resources are ones Wasmbox itself accepts
/// and that reach the functions of the cluster's manifest.
/// </summary>
public sealed class DeployManifestTests
{
    private static V1Deployment Deployment => DeployFolder.Deployment;
    private static V1Container Container => DeployFolder.Container;
    private static IDictionary<string, string> Annotations => Deployment.Spec.Template.Metadata.Annotations;
    private static string AppId => Annotations["dapr.io/app-id"];
    private static int AppPort => int.Parse(Annotations["dapr.io/app-port"]);
    private static IReadOnlyList<ManifestFunction> ClusterFunctions => ManifestReader.ReadFile(Path.Combine(DeployFolder.Root, "wasmbox.yaml"));

    [Fact]
    public void EveryFileParsesIntoTheKindsADeploymentNeeds()
    {
        var kinds = DeployFolder.Objects.Select(o => o.Value.GetType().Name).ToHashSet();
        foreach (var kind in new[] { nameof(V1Namespace), nameof(V1Deployment), nameof(V1Service), nameof(V1Secret), nameof(DaprComponent), nameof(DaprSubscription), nameof(Kustomization) })
            Assert.Contains(kind, kinds);
        // Everything in one namespace: daprd reads the Components and Secrets of its pod's namespace only.
        var ns = DeployFolder.Single<V1Namespace>().Metadata.Name;
        var elsewhere = DeployFolder.Objects.Where(o => o.Value is k8s.IKubernetesObject<V1ObjectMeta> { Metadata: var m } && o.Value is not V1Namespace && m.NamespaceProperty != ns).Select(o => o.File);
        Assert.Empty(elsewhere);
    }

    [Fact]
    public void TheDeploymentIsADaprAppOnTheContainersPortWhichTheServiceServes()
    {
        Assert.Equal("true", Annotations["dapr.io/enabled"]);
        Assert.Equal("wasmbox", AppId);   // what shout invokes and what the components are scoped to
        Assert.Equal("http", Annotations["dapr.io/app-protocol"]);
        // daprd calls the app where wasmbox serve listens.
        var listen = DeployFolder.Option(Container.Args, "--listen");
        Assert.Equal($"0.0.0.0:{AppPort}", listen);
        Assert.Contains(Container.Ports, p => p.ContainerPort == AppPort);
        var service = Assert.Single(DeployFolder.All<V1Service>(), s => s.Metadata.Name == Deployment.Metadata.Name);
        Assert.Equal(AppPort, DeployFolder.PortNumber(Assert.Single(service.Spec.Ports).TargetPort, Container));
        var podLabels = Deployment.Spec.Template.Metadata.Labels;
        Assert.All(service.Spec.Selector, label => Assert.Equal(label.Value, podLabels[label.Key]));
        Assert.All(Deployment.Spec.Selector.MatchLabels, label => Assert.Equal(label.Value, podLabels[label.Key]));
    }

    [Fact]
    public void ProbesAskHealthzAndReadyzOnTheAppPort()
    {
        Assert.Equal("/healthz", Container.LivenessProbe.HttpGet.Path);
        Assert.Equal(AppPort, DeployFolder.PortNumber(Container.LivenessProbe.HttpGet.Port, Container));
        Assert.Equal("/readyz", Container.ReadinessProbe.HttpGet.Path);
        Assert.Equal(AppPort, DeployFolder.PortNumber(Container.ReadinessProbe.HttpGet.Port, Container));
        if (Container.StartupProbe is { } startup) Assert.Equal("/healthz", startup.HttpGet.Path);
        if (Annotations.TryGetValue("dapr.io/app-health-check-path", out var daprHealth)) Assert.Equal("/healthz", daprHealth);
    }

    [Fact]
    public void TheContainerHasRequestsAndLimits()
    {
        foreach (var resource in new[] { "cpu", "memory" })
        {
            Assert.True(Container.Resources.Requests.ContainsKey(resource), $"no {resource} request");
            Assert.True(Container.Resources.Limits.ContainsKey(resource), $"no {resource} limit");
        }
        // The largest function's memory times its instances must fit under the limit, or the kernel kills the pod instead of the guest getting its 500.
        var limit = Container.Resources.Limits["memory"].ToDecimal();
        var largest = ClusterFunctions.Max(f => (decimal)(f.Spec.Limits.MemoryBytes ?? 0) * (f.Spec.Limits.MaxInstances ?? 1));
        Assert.True(largest < limit, $"a function may take {largest} bytes, the container's limit is {limit}");
    }

    [Fact]
    public void ThePodRunsAsTheImagesNonRootUserOnAReadOnlyRootFilesystem()
    {
        var pod = Deployment.Spec.Template.Spec.SecurityContext;
        Assert.True(pod.RunAsNonRoot == true || Container.SecurityContext.RunAsNonRoot == true);
        Assert.Equal(long.Parse(DockerfileStages.Last("USER").Arguments), pod.RunAsUser);
        Assert.True(Container.SecurityContext.ReadOnlyRootFilesystem);
        Assert.False(Container.SecurityContext.AllowPrivilegeEscalation);
        Assert.Equal(["ALL"], Container.SecurityContext.Capabilities.Drop);
        // The only writable places: the data directory and /tmp, each a volume.
        Assert.Contains(Container.VolumeMounts, m => m.MountPath == "/tmp");
    }

    [Fact]
    public void TheDataDirectoryIsAMountedVolume()
    {
        var dataDir = DeployFolder.Option(Container.Args, "--data-dir");
        Assert.NotNull(dataDir);
        var mount = Assert.Single(Container.VolumeMounts, m => m.MountPath == dataDir);
        Assert.NotEqual(true, mount.ReadOnlyProperty);
        var volume = Assert.Single(Deployment.Spec.Template.Spec.Volumes, v => v.Name == mount.Name);
        Assert.True(volume.EmptyDir is not null || volume.PersistentVolumeClaim is not null, "the data directory is neither an emptyDir nor a PersistentVolumeClaim");
        Assert.Contains(dataDir, DockerfileStages.Last("VOLUME").Words);
    }

    [Fact]
    public void TheAdminTokenComesFromASecretOfTheFolderWhosePlaceholderWasmboxRefuses()
    {
        var env = Assert.Single(Container.Env, e => e.Name == AdminToken.EnvironmentVariable);
        Assert.Null(env.Value);   // never written into the manifest
        var reference = env.ValueFrom.SecretKeyRef;
        var secret = Assert.Single(DeployFolder.All<V1Secret>(), s => s.Metadata.Name == reference.Name);
        Assert.True(secret.StringData?.ContainsKey(reference.Key) == true || secret.Data?.ContainsKey(reference.Key) == true, $"secret {reference.Name} has no key {reference.Key}");
        // A template applied unedited must stop the pod with the reason, not serve behind a token anyone can read here.
        var placeholder = secret.StringData![reference.Key];
        Assert.Throws<ArgumentException>(() => new AdminToken(placeholder));
        // The kustomization leaves the Secret templates out, so applying it never overwrites the real ones.
        Assert.DoesNotContain(DeployFolder.Objects.Single(o => o.Value is V1Secret s && s.Metadata.Name == reference.Name).File, DeployFolder.Single<Kustomization>().Resources);
    }

    [Fact]
    public void TheKustomizationAppliesEveryManifestButTheSecretTemplatesAndTheTryOutRedis()
    {
        var kustomization = DeployFolder.Single<Kustomization>();
        foreach (var resource in kustomization.Resources)
            Assert.True(File.Exists(Path.Combine(DeployFolder.Kubernetes, resource)), $"kustomization.yaml lists {resource}, which does not exist");
        var expected = DeployFolder.Objects
            .Where(o => o.Value is not (V1Secret or Kustomization) && !o.File.StartsWith("redis" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Select(o => o.File).Distinct().Order();
        Assert.Equal(expected, kustomization.Resources.Order());
        Assert.Contains(kustomization.Images, i => Container.Image.StartsWith(i.Name + ":", StringComparison.Ordinal) || Container.Image == i.Name);
    }

    [Fact]
    public void TheDaprComponentsAreOnesWasmboxReadsScopedToTheApp()
    {
        var components = ComponentReader.ReadDirectory(DeployFolder.DaprResources).ToDictionary(c => c.Name);
        Assert.Equal("state.redis", components["statestore"].Type);
        Assert.Equal("pubsub.redis", components["pubsub"].Type);
        Assert.All(components.Values, c => Assert.Contains(AppId, c.Scopes));
        // The same files, typed as the CRD has them: the client read the same components.
        Assert.Equal(components.Keys.Order(), DeployFolder.All<DaprComponent>().Select(c => c.Metadata.Name).Order());
        var subscription = Assert.Single(SubscriptionReader.ReadDirectory(DeployFolder.DaprResources));
        Assert.Contains(AppId, subscription.Scopes);
        Assert.True(components.ContainsKey(subscription.PubSub), $"the subscription's pub/sub {subscription.PubSub} is not a component");
    }

    [Fact]
    public void EverySecretAComponentReferencesIsInTheKubernetesStoreUnderASecretOfTheFolder()
    {
        foreach (var component in DeployFolder.All<DaprComponent>())
        {
            var references = component.Spec.Metadata.Where(m => m.SecretKeyRef is not null).ToList();
            if (references.Count == 0) continue;
            Assert.Equal("kubernetes", component.Auth?.SecretStore);   // Dapr's built-in store; Wasmbox needs it named
            foreach (var item in references)
            {
                var secret = Assert.Single(DeployFolder.All<V1Secret>(), s => s.Metadata.Name == item.SecretKeyRef!.Name);
                Assert.True(secret.StringData.ContainsKey(item.SecretKeyRef!.Key ?? item.SecretKeyRef.Name), $"{component.Metadata.Name}: secret {secret.Metadata.Name} has no key {item.SecretKeyRef.Key}");
            }
        }
        // The Redis address too is the secret's, so the one file fits every cluster and the laptop.
        Assert.All(DeployFolder.All<DaprComponent>().Where(c => c.Spec.Type.EndsWith(".redis", StringComparison.Ordinal)),
            c => Assert.NotNull(Assert.Single(c.Spec.Metadata, m => m.Name == "redisHost").SecretKeyRef));
    }

    [Fact]
    public void EveryComponentTheClusterManifestGrantsIsADaprComponentOfTheFolder()
    {
        // Next to a daprd Wasmbox checks no grant at deploy (the components are daprd's): this is where a missing one shows.
        var byType = DeployFolder.All<DaprComponent>().ToLookup(c => c.Spec.Type.Split('.')[0], c => c.Metadata.Name);
        foreach (var function in ClusterFunctions.Select(f => f.Spec))
        {
            Assert.All(function.Dapr.StateStores, s => Assert.Contains(s, byType["state"]));
            Assert.All(function.Dapr.Publish, p => Assert.Contains(p.Split('/')[0], byType["pubsub"]));
            Assert.All(function.Subscriptions, s => Assert.Contains(s.PubSub, byType["pubsub"]));
            Assert.All(function.InputBindings, b => Assert.Contains(b, byType["bindings"]));
            Assert.All(function.Dapr.Invoke, app => Assert.Equal(AppId, app));
        }
    }

    [Fact]
    public void TheSubscriptionRoutesToAPathWasmboxAnswersWithAFunctionOfTheClusterManifest()
    {
        var subscription = DeployFolder.Single<DaprSubscription>();
        Assert.Equal("dapr.io/v2alpha1", subscription.ApiVersion);
        var paths = subscription.Spec.Routes.Rules.Select(r => r.Path).Append(subscription.Spec.Routes.Default).OfType<string>().ToList();
        Assert.NotEmpty(paths);
        var functions = ClusterFunctions.Select(f => f.Spec).ToList();
        foreach (var path in paths)
        {
            // daprd POSTs to the path as it is: the app channel answers /dapr/events/FUNCTION and /dapr/routes/ROUTE.
            var target = path.StartsWith("/dapr/events/", StringComparison.Ordinal)
                ? functions.SingleOrDefault(f => f.Name == path["/dapr/events/".Length..])
                : path.StartsWith("/dapr/routes/", StringComparison.Ordinal)
                    ? functions.SingleOrDefault(f => f.Routes.Contains(path["/dapr/routes".Length..]))
                    : null;
            Assert.True(target is not null, $"daprd would POST the {subscription.Spec.Topic} events to {path}, which no function of deploy/wasmbox.yaml answers");
        }
        // Nor does a function subscribe to the topic itself: daprd would have two subscriptions to one topic.
        Assert.DoesNotContain(functions, f => f.Subscriptions.Any(s => s.PubSub == subscription.Spec.Pubsubname && s.Topic == subscription.Spec.Topic));
    }

    [Fact]
    public void TheLaptopFolderHasTheClusterFilesAndAStandInForTheKubernetesSecretStore()
    {
        foreach (var file in DeployFolder.YamlFiles(DeployFolder.DaprResources))
        {
            var onTheLaptop = Path.Combine(DeployFolder.Laptop, Path.GetFileName(file));
            Assert.True(File.Exists(onTheLaptop), $"deploy/laptop has no {Path.GetFileName(file)}");
            Assert.Equal(File.ReadAllText(file), File.ReadAllText(onTheLaptop));
        }
        var standIn = Assert.Single(ComponentReader.ReadDirectory(DeployFolder.Laptop), c => c.Category == "secretstores");
        Assert.Equal("kubernetes", standIn.Name);
    }
}
