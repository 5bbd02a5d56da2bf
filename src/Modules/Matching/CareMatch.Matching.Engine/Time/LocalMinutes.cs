namespace CareMatch.Matching.Engine.Time;

/// <summary>
/// Local (UK wall-clock) time as whole minutes since 0001-01-01, which was a Monday: so a
/// minute's place in the week is simply <c>minutes % 10080</c>, with no calendar lookups in
/// the hot path. An int holds every date up to the year 4000.
/// </summary>
internal static class LocalMinutes
{
    public const int PerDay = 1440;
    public const int PerWeek = 7 * PerDay;

    public static int Of(DateOnly date) => date.DayNumber * PerDay;

    /// <summary>Rounds down to the minute; seconds never matter for care visits.</summary>
    public static int Of(DateTime local) => (int)(local.Ticks / TimeSpan.TicksPerMinute);
}
