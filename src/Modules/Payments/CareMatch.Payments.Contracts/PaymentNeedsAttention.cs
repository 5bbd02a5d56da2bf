using CareMatch.SharedKernel.Events;

namespace CareMatch.Payments.Contracts;

/// <summary>
/// A visit's money stopped on a problem only a person can fix: the seeker (no card, declined, the
/// bank wants them) or the carer (cannot be paid). Published when the problem first appears or
/// changes, not on every hourly retry, so Notifications tells them once.
/// </summary>
public sealed record PaymentNeedsAttention(Guid VisitId, string SeekerUserId, Guid CarerProfileId, DateTimeOffset StartsAt, PaymentProblem Problem) : IntegrationEvent;
