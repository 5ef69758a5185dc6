namespace Wasmbox.Dapr.Tests;

/// <summary>A clock the test moves by hand, so TTL tests do not sleep.</summary>
public sealed class ManualTime : TimeProvider
{
    private DateTimeOffset now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    public override DateTimeOffset GetUtcNow() => now;
    public void Advance(TimeSpan by) => now += by;
}
