using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Input;
using Mediator;

namespace CareMatch.Providers.Contracts;

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
