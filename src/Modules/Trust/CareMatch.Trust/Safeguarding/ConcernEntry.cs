using CareMatch.Trust.Contracts;

namespace CareMatch.Trust.Safeguarding;

/// <summary>One line of a concern's audit trail: who did what and when. Never changed or removed.</summary>
internal sealed class ConcernEntry
{
    private ConcernEntry()
    {
    }

    public Guid Id { get; private set; }

    public Guid ConcernId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string ByUserId { get; private set; } = string.Empty;

    public ConcernEntryKind Kind { get; private set; }

    public string? Detail { get; private set; }

    public static ConcernEntry Record(Guid concernId, string byUserId, ConcernEntryKind kind, string? detail, DateTimeOffset at) => new()
    {
        Id = Guid.NewGuid(),
        ConcernId = concernId,
        ByUserId = byUserId,
        Kind = kind,
        Detail = detail,
        At = at,
    };
}
