using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Input;
using Mediator;

namespace CareMatch.Providers.Contracts;

/// <summary>The signed-in carer's credentials, one entry per required kind (missing ones included).</summary>
[SentBy(Roles.Carer)]
public sealed record GetMyCredentials : IQuery<IReadOnlyList<CredentialView>>;

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

/// <summary>
/// The carer sends (or replaces) one credential with its evidence. A replacement waits for an
/// admin again. DBS needs the certificate number and issue date; insurance an expiry date;
/// references the referee's name.
/// </summary>
[SentBy(Roles.Carer)]
public sealed record SubmitMyCredential(
    CredentialKind Kind,
    Stream? Evidence,
    long EvidenceLength,
    string? CertificateNumber,
    DateBoxes? IssuedOn,
    bool OnUpdateService,
    DateBoxes? ExpiresOn,
    string? RefereeName) : ICommand;

/// <summary>
/// A stored upload, for its owner or an admin only; anyone else gets NotFound, as if it did not exist.
/// </summary>
[SentBy(Roles.Carer, Roles.Admin)]
public sealed record GetUploadedFile(Guid FileId) : IQuery<UploadedFileDownload>;

/// <summary>The file to send as a download. The caller disposes <see cref="Content"/>.</summary>
public sealed record UploadedFileDownload(string DownloadName, string ContentType, Stream Content);
