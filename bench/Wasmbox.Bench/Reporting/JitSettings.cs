namespace Wasmbox.Bench.Reporting;

/// <summary>The .NET runtime settings a table was measured with, from the DOTNET_ variables of this process (which its children inherit).</summary>
internal static class JitSettings
{
    public static string Describe()
    {
        var settings = Environment.GetEnvironmentVariables().Keys.Cast<string>()
            .Where(k => k.StartsWith("DOTNET_", StringComparison.Ordinal) && !k.StartsWith("DOTNET_CLI", StringComparison.Ordinal)
                && k is not ("DOTNET_NOLOGO" or "DOTNET_GENERATE_ASPNET_CERTIFICATE" or "DOTNET_legacyCorruptedStateExceptionsPolicy"))
            .Select(k => $"{k}={Environment.GetEnvironmentVariable(k)}").Order().ToList();
        return settings.Count == 0 ? "defaults (tiered, PGO on; jitted Wasm is fully optimized at its first call, as collectible code has no tiers)" : string.Join(", ", settings);
    }
}
