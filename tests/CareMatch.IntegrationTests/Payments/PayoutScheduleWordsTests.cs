using CareMatch.Payments.Contracts;
using CareMatch.Web.Words;

namespace CareMatch.IntegrationTests.Payments;

/// <summary>The payout schedule as the carer's payouts page says it.</summary>
public sealed class PayoutScheduleWordsTests
{
    [Theory]
    [InlineData(PayoutFrequency.Daily, 2, null, null, "Stripe pays you every day, 2 working days after a visit is charged.")]
    [InlineData(PayoutFrequency.Daily, 1, null, null, "Stripe pays you every day, 1 working day after a visit is charged.")]
    [InlineData(PayoutFrequency.Weekly, 3, DayOfWeek.Friday, null, "Stripe pays you every week on Friday, for visits charged at least 3 working days before.")]
    [InlineData(PayoutFrequency.Monthly, 2, null, 1, "Stripe pays you every month on the 1st, for visits charged at least 2 working days before.")]
    [InlineData(PayoutFrequency.Monthly, 2, null, 22, "Stripe pays you every month on the 22nd, for visits charged at least 2 working days before.")]
    [InlineData(PayoutFrequency.Monthly, 2, null, 13, "Stripe pays you every month on the 13th, for visits charged at least 2 working days before.")]
    [InlineData(PayoutFrequency.Monthly, 2, null, 31, "Stripe pays you every month on the 31st (or the last day of a shorter month), for visits charged at least 2 working days before.")]
    [InlineData(PayoutFrequency.Manual, 2, null, null, "Your payouts are manual: Stripe pays your money into your bank when you ask it to, in your Stripe account.")]
    public void Each_schedule_reads_as_a_sentence(PayoutFrequency frequency, int delayDays, DayOfWeek? weeklyOn, int? monthlyOn, string expected) =>
        Assert.Equal(expected, PayoutWords.Schedule(new MyPayoutSchedule(frequency, delayDays, weeklyOn, monthlyOn)));
}
