using System.Runtime.CompilerServices;

namespace Wasmbox.Runtime.Compilation;

/// <summary>
/// Hands an engine's signature ids to the initializer of a compiled module's
/// <see cref="SignatureIdFields"/> type: the loader sets them for its thread, runs the
/// initializer, and clears them. Nothing else can trigger the initializer first, because the
/// type is not reachable before the loader returns it.
/// </summary>
internal static class SignatureIdBinding
{
    [ThreadStatic] private static int[]? pending;

    /// <summary>Maps a module's type section to <paramref name="ids"/> (one per type) in the loaded code.</summary>
    public static void Bind(Type signatureIds, int[] ids)
    {
        pending = ids;
        try
        {
            RuntimeHelpers.RunClassConstructor(signatureIds.TypeHandle);
        }
        finally
        {
            pending = null;
        }
    }

    /// <summary>Called by the generated initializer; refuses to run outside a binding or for another type section.</summary>
    public static int[] Take(int typeCount)
    {
        var ids = pending ?? throw new InvalidOperationException("compiled signature ids initialised outside of loading");
        if (ids.Length != typeCount)
            throw new InvalidOperationException($"compiled code expects {typeCount} types, the module has {ids.Length}");
        return ids;
    }
}
