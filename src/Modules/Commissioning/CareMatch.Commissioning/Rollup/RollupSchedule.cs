namespace CareMatch.Commissioning.Rollup;

/// <summary>
/// When the figures are counted, and the promise open data makes about it: every night at 02:30
/// UTC, so no published figure is more than a day old; the promise counts as kept while the
/// last roll-up finished within <see cref="KeptWithin"/> (a day and two hours' grace).
/// </summary>
internal static class RollupSchedule
{
    public const string Cron = "30 2 * * *";

    public static readonly TimeSpan KeptWithin = TimeSpan.FromHours(26);

    public const string Promise = "The figures are counted again every night at 02:30 UTC from the day's activity, so none is more than a day old. If a night's count fails, /api/open/v1/status says so until the next one succeeds.";

    public static DateTimeOffset NextAfter(DateTimeOffset instant)
    {
        var utc = instant.ToUniversalTime();
        var today = new DateTimeOffset(utc.Year, utc.Month, utc.Day, 2, 30, 0, TimeSpan.Zero);
        return today > utc ? today : today.AddDays(1);
    }

    public static bool Kept(DateTimeOffset? lastFinishedAt, DateTimeOffset now) => lastFinishedAt is { } last && now - last <= KeptWithin;
}
