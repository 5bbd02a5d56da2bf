using System.Globalization;
using CareMatch.Providers.Contracts;

namespace CareMatch.Web.Pages.Carer;

/// <summary>The words pages show for credentials. Display only: the rules live in the Providers module.</summary>
public static class CredentialWords
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    public static string Of(CredentialKind kind) => kind switch
    {
        CredentialKind.EnhancedDbs => "Enhanced DBS check",
        CredentialKind.RightToWork => "Right to work",
        CredentialKind.PublicLiabilityInsurance => "Public liability insurance",
        CredentialKind.FirstReference => "First reference",
        CredentialKind.SecondReference => "Second reference",
        _ => kind.ToString(),
    };

    public static string Evidence(CredentialKind kind) => kind switch
    {
        CredentialKind.EnhancedDbs => "A scan or photo of your enhanced DBS certificate",
        CredentialKind.RightToWork => "Your passport, or your share code result from GOV.UK",
        CredentialKind.PublicLiabilityInsurance => "Your insurance certificate or schedule",
        _ => "The reference letter or email, signed or from the referee's work address",
    };

    /// <summary>The state as a GOV.UK tag: its text and colour class.</summary>
    public static (string Text, string Class) Tag(CredentialView credential) => credential switch
    {
        { Submitted: false } => ("Not sent", "govuk-tag--grey"),
        { Expired: true } => ("Expired", "govuk-tag--red"),
        { State: CredentialState.Verified } => ("Verified", "govuk-tag--green"),
        { State: CredentialState.Rejected } => ("Not accepted", "govuk-tag--red"),
        _ => ("Waiting for checks", "govuk-tag--blue"),
    };

    public static string Date(DateOnly? date) => date?.ToString("d MMMM yyyy", British) ?? "";

    public static string Money(long pence) => new CareMatch.SharedKernel.Values.Money(pence).ToString();
}
