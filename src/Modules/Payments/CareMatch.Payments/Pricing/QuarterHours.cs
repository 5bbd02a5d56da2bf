namespace CareMatch.Payments.Pricing;

/// <summary>
/// Care is paid in quarter hours. Time given is rounded to the nearest quarter (seven and a half
/// minutes rounds up), so a carer who stays 52 minutes is paid for 45 and one who stays 53 for
/// an hour; nobody is paid for a visit that did not happen.
/// </summary>
internal readonly record struct QuarterHours(int Count)
{
    private const double MinutesPerQuarter = 15;

    public static QuarterHours Between(DateTimeOffset checkedIn, DateTimeOffset checkedOut) =>
        Of(checkedOut - checkedIn);

    public static QuarterHours Of(TimeSpan length) =>
        length <= TimeSpan.Zero
            ? new QuarterHours(0)
            : new QuarterHours((int)Math.Floor(length.TotalMinutes / MinutesPerQuarter + 0.5));

    public decimal Hours => Count / 4m;

    public QuarterHours AtMost(QuarterHours limit) => Count <= limit.Count ? this : limit;
}
