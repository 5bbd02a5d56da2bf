using CareMatch.SharedKernel.Audit;

namespace CareMatch.Accounts.Contracts;

/// <summary>An email is null where the account has since been deleted.</summary>
public sealed record AuditLogEntry(
    DateTimeOffset At, AuditAction Action, string? ActorEmail, string? SubjectEmail, string? TypedEmail, string? Detail, string? IpAddress);
