using Wasmbox.Runtime;

namespace Wasmbox.Cli.Commands;

/// <summary>The --bounds-checks option of run, compile and wast: auto, explicit or guard-region.</summary>
internal static class BoundsCheckOption
{
    public static bool TryParse(string value, out BoundsChecks checks)
    {
        checks = value switch
        {
            "auto" => BoundsChecks.Auto,
            "explicit" => BoundsChecks.Explicit,
            "guard-region" => BoundsChecks.GuardRegion,
            _ => (BoundsChecks)(-1),
        };
        return checks >= 0;
    }

    public static string Invalid(string value) => $"--bounds-checks {value}: expected auto, explicit or guard-region";
}
