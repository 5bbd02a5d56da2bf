using CareMatch.SharedKernel.Audit;

namespace CareMatch.Accounts.Audit;

/// <summary>
/// One security event. People are kept as account ids, shown by joining to the account, so a
/// deleted account's entries no longer name anyone; only an email with no account is kept as typed.
/// </summary>
internal sealed class AuditEntry
{
    public const int MaxEmailLength = 256;
    public const int MaxDetailLength = 500;

    public long Id { get; init; }

    public DateTimeOffset At { get; init; }

    public AuditAction Action { get; init; }

    public string? ActorUserId { get; init; }

    public string? SubjectUserId { get; init; }

    public string? TypedEmail { get; set; }

    public string? Detail { get; init; }

    public string? IpAddress { get; set; }
}
