using Wasmbox.Runtime.Binary;

namespace Wasmbox.Runtime.Execution;

/// <summary>
/// Takes a snapshot: refuses imports whose state lives outside the instance, instantiates with
/// every host call gated, runs the initializer, and captures what the instance then holds.
/// </summary>
internal static class SnapshotMaker
{
    public static Snapshot Create(Store store, Module module, IReadOnlyList<object> imports, SnapshotOptions options)
    {
        if (store.Engine != module.Engine) throw new LinkException("the module was compiled by another engine than the store's");
        RefuseOutsideState(module, imports);
        if (store.InitializationGate is not null) throw new InvalidOperationException("the store is already initializing a snapshot");
        var gate = new InitializationGate(options, module, imports);
        store.InitializationGate = gate;
        Instance instance;
        try
        {
            instance = Instantiator.Instantiate(store, module, imports);
            if (options.Initialize is { } initialize) initialize(instance);
            else if (options.Initializer is { } name) Initializer(instance, name).Invoke();
        }
        catch (TrapException trap) when (gate.Refusal is { } reason)
        {
            throw new SnapshotException(reason, trap);
        }
        catch (TrapException trap)
        {
            throw new SnapshotException($"initialization trapped: {trap.Message}", trap);
        }
        finally
        {
            store.InitializationGate = null;
        }
        return new Snapshot(module, imports, InstanceStateCapture.Capture(instance));
    }

    private static Function Initializer(Instance instance, string name)
    {
        if (instance.GetFunction(name) is not { } function)
            throw new SnapshotException($"the module exports no function \"{name}\" to initialize it (SnapshotOptions.Initializer)");
        if (function.Type.Parameters.Count != 0 || function.Type.Results.Count != 0)
            throw new SnapshotException($"the initializer \"{name}\" has type {function.Type}; it must take and return nothing");
        return function;
    }

    /// <summary>
    /// A snapshot keeps only the instance's own state: imported memories, tables and mutable
    /// globals, and functions of other instances, would change outside it during initialization.
    /// </summary>
    private static void RefuseOutsideState(Module module, IReadOnlyList<object> imports)
    {
        for (var i = 0; i < imports.Count; i++)
        {
            var import = module.Definition.Imports[i];
            var name = $"{import.Module}.{import.Name}";
            var reason = import.Kind switch
            {
                ExternalKind.Memory => $"the module imports memory {name}, whose contents belong to the host or another instance",
                ExternalKind.Table => $"the module imports table {name}, which belongs to the host or another instance",
                ExternalKind.Global when import.GlobalType!.Mutable => $"the module imports mutable global {name}, which belongs to the host or another instance",
                ExternalKind.Function when imports[i] is not HostFunctionDefinition =>
                    $"the module imports {name}, a function bound to another instance or store, whose state a call would change outside the snapshot",
                _ => null,
            };
            if (reason is not null) throw new SnapshotException(reason);
        }
    }
}
