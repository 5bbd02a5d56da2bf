using CareMatch.SharedKernel.Audit;
using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Accounts.Contracts;

/// <summary>
/// Admins read the security audit trail, newest first, filtered by event, by an email (whoever
/// acted, was acted on, or was typed) and by UK dates, typed as on the page (for example 2/12/2026 or 2026-12-02).
/// </summary>
[SentBy(Roles.Admin)]
public sealed record ListAuditEntries(AuditAction? Action, string? Email, string? From, string? To, int Page = 1) : IQuery<AuditLogPage>;
