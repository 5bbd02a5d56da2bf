using CareMatch.Providers.Contracts;

namespace CareMatch.Providers.Credentials;

/// <summary>One check a carer has sent with its evidence, and what an admin decided about it.</summary>
internal sealed class Credential
{
    private Credential()
    {
    }

    public Guid Id { get; private set; }

    public Guid ProfileId { get; private set; }

    public CredentialKind Kind { get; private set; }

    public CredentialState State { get; private set; }

    public Guid EvidenceFileId { get; private set; }

    /// <summary>DBS only.</summary>
    public string? CertificateNumber { get; private set; }

    /// <summary>DBS only: the certificate's issue date.</summary>
    public DateOnly? IssuedOn { get; private set; }

    /// <summary>DBS only: kept current on the DBS update service, so its age does not matter.</summary>
    public bool OnUpdateService { get; private set; }

    /// <summary>The expiry the carer gave (insurance, time-limited right to work).</summary>
    public DateOnly? ExpiresOn { get; private set; }

    /// <summary>References only.</summary>
    public string? RefereeName { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    public DateTimeOffset? ReviewedAt { get; private set; }

    public string? RejectionReason { get; private set; }

    /// <summary>The expiry date the carer was last warned about, so the daily task warns once per expiry.</summary>
    public DateOnly? ExpiryWarningSentFor { get; private set; }

    public static Credential Start(Guid profileId, CredentialKind kind) => new() { Id = Guid.NewGuid(), ProfileId = profileId, Kind = kind };

    public void Submit(CredentialFacts facts, Guid evidenceFileId, DateTimeOffset now)
    {
        EvidenceFileId = evidenceFileId;
        CertificateNumber = facts.CertificateNumber;
        IssuedOn = facts.IssuedOn;
        OnUpdateService = facts.OnUpdateService;
        ExpiresOn = facts.ExpiresOn;
        RefereeName = facts.RefereeName;
        State = CredentialState.AwaitingReview;
        SubmittedAt = now;
        ReviewedAt = null;
        RejectionReason = null;
    }

    public void Verify(DateTimeOffset now)
    {
        State = CredentialState.Verified;
        ReviewedAt = now;
        RejectionReason = null;
    }

    public void Reject(string reason, DateTimeOffset now)
    {
        State = CredentialState.Rejected;
        ReviewedAt = now;
        RejectionReason = reason;
    }

    public void MarkExpiryWarningSent(DateOnly expiry) => ExpiryWarningSentFor = expiry;
}
