using CareMatch.Payments.Contracts;

namespace CareMatch.Web.Words;

#pragma warning disable CS8524 // see CareRequestWords: every value is named, numbers outside the enum never reach a page

/// <summary>
/// Payout words for carers: where they are in setting up payouts, and Stripe's requirement codes
/// in plain English. A code we do not know yet is never shown raw; it becomes one general line.
/// </summary>
public static class PayoutWords
{
    private const string SomethingElse = "Other details Stripe asks for";

    private static readonly Dictionary<string, string> Needs = new(StringComparer.Ordinal)
    {
        ["external_account"] = "The bank account to pay",
        ["individual.dob.day"] = "Your date of birth",
        ["individual.dob.month"] = "Your date of birth",
        ["individual.dob.year"] = "Your date of birth",
        ["individual.address.line1"] = "Your home address",
        ["individual.address.city"] = "Your home address",
        ["individual.address.postal_code"] = "Your home address",
        ["individual.first_name"] = "Your name",
        ["individual.last_name"] = "Your name",
        ["individual.email"] = "Your email address",
        ["individual.phone"] = "Your phone number",
        ["individual.verification.document"] = "A photo of your passport or driving licence",
        ["tos_acceptance.date"] = "To accept Stripe's terms",
        ["tos_acceptance.ip"] = "To accept Stripe's terms",
        ["business_profile.url"] = "A description of the work you do",
        ["business_profile.mcc"] = "A description of the work you do",
    };

    public static string Of(PayoutStatus status) => status switch
    {
        PayoutStatus.NotSetUp => "Not set up",
        PayoutStatus.StripeNeedsMore => "Stripe needs more",
        PayoutStatus.Ready => "Ready",
    };

    public static string Of(PayoutFrequency frequency) => frequency switch
    {
        PayoutFrequency.Daily => "Every day",
        PayoutFrequency.Weekly => "Every week",
        PayoutFrequency.Monthly => "Every month",
        PayoutFrequency.Manual => "When you ask",
    };

    /// <summary>"Stripe pays you every day, 2 working days after a visit is charged."</summary>
    public static string Schedule(MyPayoutSchedule schedule)
    {
        var delay = schedule.DelayDays == 1 ? "1 working day" : $"{schedule.DelayDays} working days";
        return schedule.Frequency switch
        {
            PayoutFrequency.Daily => $"Stripe pays you every day, {delay} after a visit is charged.",
            PayoutFrequency.Weekly => $"Stripe pays you every week on {DayWords.Of(schedule.WeeklyOn ?? DayOfWeek.Monday)}, for visits charged at least {delay} before.",
            PayoutFrequency.Monthly => $"Stripe pays you every month on the {MonthDay(schedule.MonthlyOn ?? 1)}, for visits charged at least {delay} before.",
            PayoutFrequency.Manual => "Your payouts are manual: Stripe pays your money into your bank when you ask it to, in your Stripe account.",
        };
    }

    /// <summary>"1st", "22nd"; Stripe pays on a shorter month's last day when the anchor day is past its end.</summary>
    private static string MonthDay(int day)
    {
        var suffix = (day % 100) is 11 or 12 or 13 ? "th" : (day % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return day > 28 ? $"{day}{suffix} (or the last day of a shorter month)" : $"{day}{suffix}";
    }

    public static IReadOnlyList<string> StillNeeded(IEnumerable<string> codes) =>
        codes.Select(code => Needs.GetValueOrDefault(code, SomethingElse)).Distinct().ToList();
}
