namespace CareMatch.Providers.Contracts;

#pragma warning disable CS8524 // every value is named (CS8509 catches a missing one); numbers outside the enum are never stored

/// <summary>
/// What each credential is called, kept beside the enum so the carer's home page, the admin's
/// review and the expiry emails all call it the same thing.
/// </summary>
public static class CredentialNames
{
    public static string Of(CredentialKind kind) => kind switch
    {
        CredentialKind.EnhancedDbs => "Enhanced DBS check",
        CredentialKind.RightToWork => "Right to work",
        CredentialKind.PublicLiabilityInsurance => "Public liability insurance",
        CredentialKind.FirstReference => "First reference",
        CredentialKind.SecondReference => "Second reference",
    };

    /// <summary>The name inside a sentence ("your enhanced DBS check"): only the first letter drops, so DBS keeps its capitals.</summary>
    public static string InASentence(CredentialKind kind)
    {
        var name = Of(kind);
        return string.Concat(char.ToLowerInvariant(name[0]).ToString(), name[1..]);
    }
}
