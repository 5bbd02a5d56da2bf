using CareMatch.Providers.Contracts;

namespace CareMatch.Web.Words;

#pragma warning disable CS8524 // see CareRequestWords: every value is named, numbers outside the enum never reach a page

/// <summary>The words pages show for credentials. Display only: the rules live in the Providers module.</summary>
public static class CredentialWords
{
    /// <summary>The names live beside the enum, where the Providers emails read them too.</summary>
    public static string Of(CredentialKind kind) => CredentialNames.Of(kind);

    public static string Of(CredentialState state) => state switch
    {
        CredentialState.AwaitingReview => "Waiting for checks",
        CredentialState.Verified => "Verified",
        CredentialState.Rejected => "Not accepted",
    };

    public static string Evidence(CredentialKind kind) => kind switch
    {
        CredentialKind.EnhancedDbs => "A scan or photo of your enhanced DBS certificate",
        CredentialKind.RightToWork => "Your passport, or your share code result from GOV.UK",
        CredentialKind.PublicLiabilityInsurance => "Your insurance certificate or schedule",
        CredentialKind.FirstReference or CredentialKind.SecondReference => "The reference letter or email, signed or from the referee's work address",
    };
}
