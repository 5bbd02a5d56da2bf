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

    public static IReadOnlyList<string> StillNeeded(IEnumerable<string> codes) =>
        codes.Select(code => Needs.GetValueOrDefault(code, SomethingElse)).Distinct().ToList();
}
