namespace CareMatch.Accounts.Contracts;

public sealed record AuditLogPage(IReadOnlyList<AuditLogEntry> Entries, int Page, bool HasNextPage);
