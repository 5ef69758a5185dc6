namespace Wasmbox.Dapr.Bindings;

/// <summary>
/// A cron schedule as bindings.cron reads it (robfig/cron with optional seconds): five fields
/// (minute hour day-of-month month day-of-week) or six (seconds first); each field <c>*</c>, <c>?</c>,
/// a value, a range <c>a-b</c>, a step <c>*/n</c> or <c>a-b/n</c>, or a comma list, with month and
/// weekday names (JAN, MON); descriptors <c>@yearly</c>, <c>@monthly</c>, <c>@weekly</c>, <c>@daily</c>,
/// <c>@hourly</c> and <c>@every 1h30m</c>; an optional <c>CRON_TZ=Zone</c> prefix (UTC otherwise).
/// When both day fields are restricted, a day matches either, as in cron.
/// </summary>
public sealed class CronSchedule
{
    private readonly ulong seconds, minutes, hours, days, months, weekdays;
    private readonly bool anyDay, anyWeekday;
    private readonly TimeSpan? every;
    private readonly TimeZoneInfo zone;

    private static readonly string[] MonthNames = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
    private static readonly string[] DayNames = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    public string Text { get; }

    /// <exception cref="FormatException">the schedule is not one cron reads; the message says which part</exception>
    public CronSchedule(string text)
    {
        Text = text;
        zone = TimeZoneInfo.Utc;
        var spec = text.Trim();
        foreach (var prefix in new[] { "CRON_TZ=", "TZ=" })
        {
            if (!spec.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var space = spec.IndexOf(' ');
            if (space < 0) throw new FormatException($"\"{text}\": a time zone prefix needs a schedule after it");
            try { zone = TimeZoneInfo.FindSystemTimeZoneById(spec[prefix.Length..space]); }
            catch (TimeZoneNotFoundException) { throw new FormatException($"\"{text}\": unknown time zone {spec[prefix.Length..space]}"); }
            spec = spec[(space + 1)..].Trim();
        }
        if (spec.StartsWith("@every ", StringComparison.Ordinal))
        {
            every = ParseDuration(spec["@every ".Length..].Trim(), text);
            return;
        }
        spec = spec switch
        {
            "@yearly" or "@annually" => "0 0 0 1 1 *",
            "@monthly" => "0 0 0 1 * *",
            "@weekly" => "0 0 0 * * 0",
            "@daily" or "@midnight" => "0 0 0 * * *",
            "@hourly" => "0 0 * * * *",
            _ when spec.StartsWith('@') => throw new FormatException($"\"{text}\": unknown descriptor {spec} (known: @yearly, @monthly, @weekly, @daily, @hourly, @every DURATION)"),
            _ => spec,
        };
        var fields = spec.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length == 5) fields = ["0", .. fields];
        if (fields.Length != 6) throw new FormatException($"\"{text}\": expected 5 fields (minute hour day month weekday) or 6 (with seconds first), found {fields.Length}");
        seconds = Field(fields[0], 0, 59, null, "seconds", text);
        minutes = Field(fields[1], 0, 59, null, "minutes", text);
        hours = Field(fields[2], 0, 23, null, "hours", text);
        days = Field(fields[3], 1, 31, null, "day of month", text);
        months = Field(fields[4], 1, 12, MonthNames, "month", text);
        weekdays = Field(fields[5].Replace("7", "0"), 0, 6, DayNames, "day of week", text);
        anyDay = fields[3] is "*" or "?";
        anyWeekday = fields[5] is "*" or "?";
    }

    /// <summary>The first time strictly after <paramref name="after"/> the schedule fires, or null if none within five years (e.g. 30 February).</summary>
    public DateTimeOffset? Next(DateTimeOffset after)
    {
        if (every is { } interval) return after + interval;
        var local = TimeZoneInfo.ConvertTime(after, zone);
        var t = new DateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, local.Second, DateTimeKind.Unspecified).AddSeconds(1);
        var limit = t.AddYears(5);
        while (t < limit)
        {
            if (!Has(months, t.Month)) { t = new DateTime(t.Year, t.Month, 1).AddMonths(1); continue; }
            if (!DayMatches(t)) { t = t.Date.AddDays(1); continue; }
            if (!Has(hours, t.Hour)) { t = t.Date.AddHours(t.Hour + 1); continue; }
            if (!Has(minutes, t.Minute)) { t = t.Date.AddHours(t.Hour).AddMinutes(t.Minute + 1); continue; }
            if (!Has(seconds, t.Second)) { t = t.AddSeconds(1); continue; }
            if (zone.IsInvalidTime(t)) { t = t.AddSeconds(1); continue; }   // skipped by a daylight-saving change
            return new DateTimeOffset(t, zone.GetUtcOffset(t));
        }
        return null;
    }

    private bool DayMatches(DateTime t)
    {
        var day = Has(days, t.Day);
        var weekday = Has(weekdays, (int)t.DayOfWeek);
        return anyDay || anyWeekday ? day && weekday : day || weekday;
    }

    private static bool Has(ulong set, int value) => (set & (1UL << value)) != 0;

    private static ulong Field(string field, int min, int max, string[]? names, string what, string text)
    {
        ulong set = 0;
        foreach (var part in field.Split(','))
        {
            var (range, step) = part.Split('/') switch
            {
                [var r] => (r, 1),
                [var r, var s] when int.TryParse(s, out var n) && n > 0 => (r, n),
                _ => throw new FormatException($"\"{text}\": bad step in {what} field \"{part}\""),
            };
            int low, high;
            if (range is "*" or "?") (low, high) = (min, max);
            else if (range.Split('-') is [var a, var b]) (low, high) = (Value(a), Value(b));
            else (low, high) = (Value(range), step > 1 ? max : Value(range));
            if (low < min || high > max || low > high) throw new FormatException($"\"{text}\": {what} field \"{part}\" is outside {min}-{max}");
            for (var v = low; v <= high; v += step) set |= 1UL << v;
        }
        return set;

        int Value(string token)
        {
            if (int.TryParse(token, out var number)) return number;
            var index = names is null ? -1 : Array.IndexOf(names, token.ToUpperInvariant());
            return index >= 0 ? index + min : throw new FormatException($"\"{text}\": \"{token}\" is not a value of the {what} field");
        }
    }

    /// <summary>Go's duration syntax, as @every takes it: "90s", "1h30m", "500ms".</summary>
    private static TimeSpan ParseDuration(string value, string text)
    {
        var total = TimeSpan.Zero;
        var rest = value;
        if (rest.Length == 0) throw new FormatException($"\"{text}\": @every needs a duration (e.g. @every 15m)");
        while (rest.Length > 0)
        {
            var digits = 0;
            while (digits < rest.Length && (char.IsAsciiDigit(rest[digits]) || rest[digits] == '.')) digits++;
            var unitLength = 0;
            while (digits + unitLength < rest.Length && char.IsAsciiLetter(rest[digits + unitLength])) unitLength++;
            if (digits == 0 || unitLength == 0 || !double.TryParse(rest[..digits], System.Globalization.CultureInfo.InvariantCulture, out var amount))
                throw new FormatException($"\"{text}\": \"{value}\" is not a duration (e.g. 15m, 1h30m, 10s)");
            total += rest.Substring(digits, unitLength) switch
            {
                "h" => TimeSpan.FromHours(amount),
                "m" => TimeSpan.FromMinutes(amount),
                "s" => TimeSpan.FromSeconds(amount),
                "ms" => TimeSpan.FromMilliseconds(amount),
                var unit => throw new FormatException($"\"{text}\": unknown duration unit \"{unit}\" (h, m, s, ms)"),
            };
            rest = rest[(digits + unitLength)..];
        }
        return total >= TimeSpan.FromSeconds(1) ? total : throw new FormatException($"\"{text}\": @every needs at least 1s");
    }
}
