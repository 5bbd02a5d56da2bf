using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Providers.Contracts;

/// <summary>Admins: carers with at least one credential waiting for review, oldest first.</summary>
[SentBy(Roles.Admin)]
public sealed record ListCarersAwaitingVerification : IQuery<IReadOnlyList<CarerAwaitingVerification>>;

public sealed record CarerAwaitingVerification(Guid ProfileId, string? DisplayName, string? Email, int AwaitingReview, DateTimeOffset OldestSubmittedAt);

/// <summary>Admins: one carer's whole profile, private parts and evidence included, to verify it.</summary>
[SentBy(Roles.Admin)]
public sealed record GetCarerForReview(Guid ProfileId) : IQuery<CarerForReview>;

public sealed record CarerForReview(
    Guid ProfileId,
    string? DisplayName,
    string? Email,
    string? HomePostcode,
    string? HomeSector,
    CarerProfileStatus Status,
    bool Bookable,
    CarerDetails Details,
    IReadOnlyList<CredentialView> Credentials);

/// <summary>Admins: the evidence checks out.</summary>
[SentBy(Roles.Admin)]
public sealed record VerifyCredential(Guid ProfileId, Guid CredentialId) : ICommand;

/// <summary>Admins: the evidence does not check out; the carer sees the reason.</summary>
[SentBy(Roles.Admin)]
public sealed record RejectCredential(Guid ProfileId, Guid CredentialId, string? Reason) : ICommand;
