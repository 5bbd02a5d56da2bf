using CareMatch.Trust.Contracts;

namespace CareMatch.Trust.Reviews;

/// <summary>
/// A booking's two reviews, double-blind: neither side sees the other's until both have
/// written or <see cref="ReviewLimits.PublishedAfter"/> has passed since the first visit was
/// completed, so neither can answer the other's stars with their own. One review each per
/// booking: a long booking is judged as a whole.
/// </summary>
internal sealed class ReviewRound
{
    private ReviewRound()
    {
    }

    public Guid Id { get; private set; }

    public Guid BookingId { get; private set; }

    public Guid RequestId { get; private set; }

    public string SeekerUserId { get; private set; } = string.Empty;

    public Guid CarerProfileId { get; private set; }

    public string CarerName { get; private set; } = string.Empty;

    public string Sector { get; private set; } = string.Empty;

    /// <summary>When the first visit was completed, and with it the chance to review.</summary>
    public DateTimeOffset OpenedAt { get; private set; }

    public DateTimeOffset PublishesAt { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public bool Published => PublishedAt is not null;

    public static ReviewRound Open(Guid bookingId, Guid requestId, string seekerUserId, Guid carerProfileId, string carerName, string sector, DateTimeOffset firstVisitCompletedAt) => new()
    {
        Id = Guid.NewGuid(),
        BookingId = bookingId,
        RequestId = requestId,
        SeekerUserId = seekerUserId,
        CarerProfileId = carerProfileId,
        CarerName = carerName,
        Sector = sector,
        OpenedAt = firstVisitCompletedAt,
        PublishesAt = firstVisitCompletedAt + ReviewLimits.PublishedAfter,
    };

    public void Publish(DateTimeOffset now) => PublishedAt ??= now;
}
