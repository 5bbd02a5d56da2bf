using CareMatch.Providers.Contracts;
using CareMatch.SharedKernel.Input;

namespace CareMatch.Providers.Credentials;

/// <summary>
/// Turns what a carer typed about a credential into its facts, by kind. Only for a command
/// <see cref="SubmitMyCredentialValidator"/> has passed, reading with the labels it checked with.
/// </summary>
internal static class CredentialFactsReader
{
    public const string IssueDateLabel = "the issue date";
    public const string ExpiryDateLabel = "the expiry date";

    public static CredentialFacts Read(SubmitMyCredential command) => command.Kind switch
    {
        CredentialKind.EnhancedDbs => new CredentialFacts(
            CertificateNumber(command.CertificateNumber), DateInput.Read(command.IssuedOn, IssueDateLabel).Expect(), command.OnUpdateService, null, null),
        CredentialKind.PublicLiabilityInsurance or CredentialKind.RightToWork => new CredentialFacts(
            null, null, false, DateBoxes.IsNullOrBlank(command.ExpiresOn) ? null : DateInput.Read(command.ExpiresOn, ExpiryDateLabel).Expect(), null),
        _ => new CredentialFacts(null, null, false, null, command.RefereeName?.Trim()),
    };

    /// <summary>People copy the number with the spaces it is printed with.</summary>
    public static string? CertificateNumber(string? typed) => typed?.Replace(" ", "", StringComparison.Ordinal).Trim();
}
