namespace CareMatch.Providers.Contracts;

/// <summary>
/// One credential as its owner or an admin sees it. <see cref="Submitted"/> is false for a kind
/// not uploaded yet. <see cref="ExpiresOn"/> is the date it stops counting (for a DBS not on the
/// update service, three years after issue).
/// </summary>
public sealed record CredentialView(
    CredentialKind Kind,
    bool Submitted,
    Guid? CredentialId,
    CredentialState? State,
    string? RejectionReason,
    Guid? EvidenceFileId,
    string? CertificateNumber,
    DateOnly? IssuedOn,
    bool OnUpdateService,
    DateOnly? ExpiresOn,
    string? RefereeName,
    bool Expired);
