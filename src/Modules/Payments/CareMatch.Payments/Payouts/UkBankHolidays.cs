namespace CareMatch.Payments.Payouts;

/// <summary>
/// England and Wales bank holidays, worked out by their rules (with the substitute Monday when one
/// falls at a weekend), so payout dates need no table that goes stale. One-off holidays a
/// government adds (a coronation, a jubilee) are not known here; a payout date is an estimate.
/// </summary>
internal static class UkBankHolidays
{
    public static bool IsBusinessDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !For(date.Year).Contains(date);

    public static DateOnly NextBusinessDayFrom(DateOnly date)
    {
        while (!IsBusinessDay(date)) date = date.AddDays(1);
        return date;
    }

    public static DateOnly AddBusinessDays(DateOnly date, int days)
    {
        for (var added = 0; added < days;)
        {
            date = date.AddDays(1);
            if (IsBusinessDay(date)) added++;
        }
        return date;
    }

    public static IReadOnlySet<DateOnly> For(int year)
    {
        var easter = EasterSunday(year);
        var christmas = new DateOnly(year, 12, 25);
        var (christmasHoliday, boxingHoliday) = christmas.DayOfWeek switch
        {
            DayOfWeek.Friday => (christmas, christmas.AddDays(3)),
            DayOfWeek.Saturday => (christmas.AddDays(2), christmas.AddDays(3)),
            DayOfWeek.Sunday => (christmas.AddDays(2), christmas.AddDays(1)),
            _ => (christmas, christmas.AddDays(1)),
        };
        return new HashSet<DateOnly>
        {
            WeekdayOnOrAfter(new DateOnly(year, 1, 1)),
            easter.AddDays(-2),
            easter.AddDays(1),
            FirstMonday(year, 5),
            LastMonday(year, 5),
            LastMonday(year, 8),
            christmasHoliday,
            boxingHoliday,
        };
    }

    private static DateOnly WeekdayOnOrAfter(DateOnly date) =>
        date.DayOfWeek switch { DayOfWeek.Saturday => date.AddDays(2), DayOfWeek.Sunday => date.AddDays(1), _ => date };

    private static DateOnly FirstMonday(int year, int month)
    {
        var date = new DateOnly(year, month, 1);
        while (date.DayOfWeek != DayOfWeek.Monday) date = date.AddDays(1);
        return date;
    }

    private static DateOnly LastMonday(int year, int month)
    {
        var date = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        while (date.DayOfWeek != DayOfWeek.Monday) date = date.AddDays(-1);
        return date;
    }

    /// <summary>The anonymous Gregorian algorithm (Meeus/Jones/Butcher).</summary>
    private static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = (19 * a + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + 2 * e + 2 * i - h - k) % 7;
        var m = (a + 11 * h + 22 * l) / 451;
        var month = (h + l - 7 * m + 114) / 31;
        var day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }
}
