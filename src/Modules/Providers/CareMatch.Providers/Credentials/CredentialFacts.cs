namespace CareMatch.Providers.Credentials;

/// <summary>What the carer says about a credential, checked and parsed.</summary>
internal sealed record CredentialFacts(string? CertificateNumber, DateOnly? IssuedOn, bool OnUpdateService, DateOnly? ExpiresOn, string? RefereeName);
