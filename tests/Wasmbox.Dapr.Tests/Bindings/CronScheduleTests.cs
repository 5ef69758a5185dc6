using Wasmbox.Dapr.Bindings;

namespace Wasmbox.Dapr.Tests.Bindings;

/// <summary>bindings.cron's schedules as robfig/cron reads them: when each fires next, and what is refused.</summary>
public sealed class CronScheduleTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 6, 23, 59, 30, TimeSpan.Zero);   // a Sunday

    [Theory]
    [InlineData("* * * * *", "2026-12-07T00:00:00Z")]               // five fields: every minute, at second 0
    [InlineData("*/10 * * * * *", "2026-12-06T23:59:40Z")]          // six fields: seconds first
    [InlineData("0 30 9 * * MON-FRI", "2026-12-07T09:30:00Z")]      // weekday names and ranges
    [InlineData("0 0 12 1 JAN *", "2027-01-01T12:00:00Z")]          // month names
    [InlineData("15,45 * * * *", "2026-12-07T00:15:00Z")]           // lists
    [InlineData("0 0 1 * 0", "2026-12-13T00:00:00Z")]               // both day fields restricted: either matches (Sunday the 13th comes before the 1st)
    [InlineData("0 0 1 * 5", "2026-12-11T00:00:00Z")]               // and Friday the 11th
    [InlineData("0 0 * * 7", "2026-12-13T00:00:00Z")]               // 7 is Sunday too
    [InlineData("@hourly", "2026-12-07T00:00:00Z")]
    [InlineData("@daily", "2026-12-07T00:00:00Z")]
    [InlineData("@weekly", "2026-12-13T00:00:00Z")]
    [InlineData("@monthly", "2027-01-01T00:00:00Z")]
    [InlineData("@yearly", "2027-01-01T00:00:00Z")]
    [InlineData("@every 1h30m", "2026-12-07T01:29:30Z")]
    [InlineData("CRON_TZ=Asia/Tokyo 0 0 9 * * *", "2026-12-07T00:00:00Z")]   // 09:00 in Tokyo is midnight UTC
    public void NextFiresWhenCronWould(string schedule, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected), new CronSchedule(schedule).Next(Start));

    [Fact]
    public void AnImpossibleDateNeverFires() => Assert.Null(new CronSchedule("0 0 30 2 *").Next(Start));

    [Theory]
    [InlineData("* * * *", "expected 5 fields")]
    [InlineData("61 * * * *", "minutes field \"61\" is outside 0-59")]
    [InlineData("* * * FOO *", "\"FOO\" is not a value of the month field")]
    [InlineData("*/0 * * * *", "bad step")]
    [InlineData("@sometimes", "unknown descriptor @sometimes")]
    [InlineData("@every soon", "is not a duration")]
    [InlineData("@every 10ms", "at least 1s")]
    [InlineData("CRON_TZ=Mars/Olympus 0 * * * *", "unknown time zone Mars/Olympus")]
    public void BadSchedulesAreRefusedSayingWhy(string schedule, string problem) =>
        Assert.Contains(problem, Assert.Throws<FormatException>(() => new CronSchedule(schedule)).Message);

    [Fact]
    public async Task TheBindingFiresOnScheduleWithDaprdsMetadata()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Start);
        var fired = new System.Collections.Concurrent.ConcurrentQueue<BindingEvent>();
        await using var binding = new CronBinding(new CronSchedule("@every 5s"), time);
        await using (binding.Start((e, _) => { fired.Enqueue(e); return ValueTask.CompletedTask; }))
        {
            for (var i = 0; i < 3; i++)
            {
                await Task.Delay(50);   // the loop reaches its wait before the clock moves
                time.Advance(TimeSpan.FromSeconds(5));
            }
            for (var i = 0; i < 200 && fired.Count < 3; i++) await Task.Delay(10);
        }
        Assert.True(fired.Count >= 3, $"fired {fired.Count} times");
        Assert.All(fired, e => Assert.Equal("UTC", e.Metadata["timeZone"]));
        Assert.All(fired, e => Assert.True(e.Data.IsEmpty));
    }
}
