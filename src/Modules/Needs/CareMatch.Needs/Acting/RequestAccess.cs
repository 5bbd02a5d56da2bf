using CareMatch.Needs.Contracts;

namespace CareMatch.Needs.Acting;

/// <summary>
/// Someone invited to act on a request for the person cared for: invited by email with a stated
/// role, taken up by the account with that email, ended by the poster, the person cared for or
/// themselves. Ended rows are kept so the request's history still names who did what.
/// </summary>
internal sealed class RequestAccess
{
    public static readonly TimeSpan InvitationLifetime = TimeSpan.FromDays(14);

    private RequestAccess()
    {
    }

    public Guid Id { get; private set; }

    public Guid RequestId { get; private set; }

    public string Name { get; private set; } = string.Empty;

    /// <summary>Lower-cased, so "Jane@X" and "jane@x" are one person.</summary>
    public string Email { get; private set; } = string.Empty;

    public ActingRole Role { get; private set; }

    public string InvitedByUserId { get; private set; } = string.Empty;

    public DateTimeOffset InvitedAt { get; private set; }

    /// <summary>SHA-256 of the emailed link's secret: a database reader cannot accept for anyone.</summary>
    public string TokenHash { get; private set; } = string.Empty;

    public string? UserId { get; private set; }

    public DateTimeOffset? AcceptedAt { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    public string? EndedByUserId { get; private set; }

    public static RequestAccess Invite(Guid requestId, string name, string email, ActingRole role, string invitedBy, string tokenHash, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        RequestId = requestId,
        Name = name,
        Email = email.ToLowerInvariant(),
        Role = role,
        InvitedByUserId = invitedBy,
        InvitedAt = now,
        TokenHash = tokenHash,
    };

    public bool IsActive => AcceptedAt is not null && EndedAt is null;

    public bool IsOpenInvitation(DateTimeOffset now) => AcceptedAt is null && EndedAt is null && now < InvitedAt + InvitationLifetime;

    public AccessStatus StatusAt(DateTimeOffset now) =>
        EndedAt is not null ? AccessStatus.Withdrawn
        : AcceptedAt is not null ? AccessStatus.HasAccess
        : IsOpenInvitation(now) ? AccessStatus.Invited
        : AccessStatus.InvitationExpired;

    public void Accept(string userId, DateTimeOffset now)
    {
        UserId = userId;
        AcceptedAt = now;
    }

    public void End(string byUserId, DateTimeOffset now)
    {
        EndedAt = now;
        EndedByUserId = byUserId;
    }
}
