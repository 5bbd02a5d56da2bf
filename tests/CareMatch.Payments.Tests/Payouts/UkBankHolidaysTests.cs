using CareMatch.Payments.Payouts;

namespace CareMatch.Payments.Tests.Payouts;

public sealed class UkBankHolidaysTests
{
    [Fact]
    public void The_2026_holidays_are_the_ones_the_government_published()
    {
        DateOnly[] published =
        [
            new(2026, 1, 1), new(2026, 4, 3), new(2026, 4, 6), new(2026, 5, 4),
            new(2026, 5, 25), new(2026, 8, 31), new(2026, 12, 25), new(2026, 12, 28),
        ];

        Assert.Equal(published.Order(), UkBankHolidays.For(2026).Order());
    }

    [Fact]
    public void Christmas_on_a_Saturday_moves_both_holidays_to_the_Monday_and_Tuesday() =>
        Assert.Superset(new HashSet<DateOnly> { new(2027, 12, 27), new(2027, 12, 28) }, UkBankHolidays.For(2027).ToHashSet());

    [Fact]
    public void Easter_2027_falls_on_28_March() =>
        Assert.Contains(new DateOnly(2027, 3, 26), UkBankHolidays.For(2027));
}
