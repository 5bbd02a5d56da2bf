namespace CareMatch.Providers.Credentials;

internal static class CredentialRules
{
    public const int MaxCertificateNumberLength = 20;
    public const int MaxRefereeNameLength = 100;
    public const int MaxRejectionReasonLength = 500;
}
