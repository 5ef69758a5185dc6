using Wasmbox.Dapr.Components;

namespace Wasmbox.Dapr.Tests.Components;

/// <summary>Durations in component metadata, read as daprd reads them.</summary>
public sealed class MetadataDurationTests
{
    [Theory]
    [InlineData("30", 30_000)]
    [InlineData("-1", -1_000)]
    [InlineData("20s", 20_000)]
    [InlineData("1h30m", 5_400_000)]
    [InlineData("1.5m", 90_000)]
    [InlineData("250ms", 250)]
    [InlineData("-2s", -2_000)]
    [InlineData("0", 0)]
    public void GoDurationsAndWholeSeconds(string text, double milliseconds) =>
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), MetadataDuration.Parse("timeout", text));

    [Theory]
    [InlineData("")]
    [InlineData("s")]
    [InlineData("10 s")]
    [InlineData("10d")]
    [InlineData("1h-5m")]
    [InlineData("1.5")]
    public void AnythingElseIsRefusedNamingTheKey(string text)
    {
        var error = Assert.Throws<ArgumentException>(() => MetadataDuration.Parse("timeout", text));
        Assert.Contains($"metadata timeout is \"{text}\", not a duration", error.Message);
    }
}
