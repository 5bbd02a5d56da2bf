namespace CareMatch.Matching.OpenRequests;

/// <summary>
/// Matching's own record of an open request, kept from Needs' events: when it opened (for the
/// widening offer after <see cref="UnmatchedBeforeWidening"/>), whether the seeker has widened it, and what it last said about the
/// request's chances. Deleted when the request closes.
/// </summary>
internal sealed class TrackedRequest(Guid requestId, string seekerUserId, string sector, DateTimeOffset openedAt)
{
    /// <summary>How long a request may go unmatched before the seeker is offered a wider search.</summary>
    public static readonly TimeSpan UnmatchedBeforeWidening = TimeSpan.FromHours(48);

    public Guid RequestId { get; private set; } = requestId;

    public string SeekerUserId { get; private set; } = seekerUserId;

    public string Sector { get; private set; } = sector;

    public DateTimeOffset OpenedAt { get; private set; } = openedAt;

    public DateTimeOffset? WideningOfferedAt { get; private set; }

    public DateTimeOffset? WidenedAt { get; private set; }

    public bool Widened => WidenedAt is not null;

    /// <summary>What Matching last told other modules about this request's chances (see <see cref="OpenRequestObstacles"/>), so it says it once.</summary>
    public string? LastMatchCheck { get; private set; }

    public void MatchChecked(string said) => LastMatchCheck = said;

    public bool IsDueWideningOffer(DateTimeOffset now) => WideningOfferedAt is null && now - OpenedAt >= UnmatchedBeforeWidening;

    public void OfferWidening(DateTimeOffset now) => WideningOfferedAt ??= now;

    public void Widen(DateTimeOffset now) => WidenedAt ??= now;

    public void Moved(string sector) => Sector = sector;
}
