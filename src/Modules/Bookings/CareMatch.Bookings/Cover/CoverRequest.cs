using CareMatch.Bookings.Contracts;

namespace CareMatch.Bookings.Cover;

/// <summary>
/// The search for someone to cover a visit its carer cancelled. Carers are asked in waves; the
/// first to volunteer waits for the seeker's approval; the search ends when the seeker approves
/// or the visit begins. <see cref="Version"/> changes with every change, so two carers
/// volunteering at once cannot both win: the second save fails its concurrency check.
/// </summary>
internal sealed class CoverRequest
{
    private CoverRequest()
    {
    }

    public Guid Id { get; private set; }

    public Guid VisitId { get; private set; }

    public Guid BookingId { get; private set; }

    public Guid RequestId { get; private set; }

    public string SeekerUserId { get; private set; } = string.Empty;

    public Guid CancelledCarerProfileId { get; private set; }

    public string Sector { get; private set; } = string.Empty;

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    public CoverStatus Status { get; private set; }

    public int Waves { get; private set; }

    public DateTimeOffset NextWaveAt { get; private set; }

    public Guid? VolunteerProfileId { get; private set; }

    public string? VolunteerName { get; private set; }

    public Guid? CoverVisitId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public Guid Version { get; private set; }

    public static CoverRequest For(Guid visitId, Guid bookingId, Guid requestId, string seekerUserId, Guid cancelledCarer, string sector, DateTimeOffset startsAt, DateTimeOffset endsAt, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        VisitId = visitId,
        BookingId = bookingId,
        RequestId = requestId,
        SeekerUserId = seekerUserId,
        CancelledCarerProfileId = cancelledCarer,
        Sector = sector,
        StartsAt = startsAt,
        EndsAt = endsAt,
        Status = CoverStatus.Searching,
        NextWaveAt = now,
        CreatedAt = now,
        Version = Guid.NewGuid(),
    };

    public bool WaveDue(DateTimeOffset now) => Status == CoverStatus.Searching && now >= NextWaveAt && now < StartsAt;

    public void WaveSent(DateTimeOffset next)
    {
        Waves++;
        NextWaveAt = next;
        Touch();
    }

    public bool CanVolunteer(DateTimeOffset now) => Status == CoverStatus.Searching && now < StartsAt;

    public void Volunteer(Guid carerProfileId, string carerName)
    {
        (Status, VolunteerProfileId, VolunteerName) = (CoverStatus.AwaitingApproval, carerProfileId, carerName);
        Touch();
    }

    public bool CanDecide(DateTimeOffset now) => Status == CoverStatus.AwaitingApproval && now < StartsAt;

    public void Filled(Guid coverVisitId)
    {
        (Status, CoverVisitId) = (CoverStatus.Filled, coverVisitId);
        Touch();
    }

    /// <summary>The seeker said no, or the volunteer turned out to be busy: keep looking, without them.</summary>
    public void BackToSearching(DateTimeOffset now)
    {
        (Status, VolunteerProfileId, VolunteerName, NextWaveAt) = (CoverStatus.Searching, null, null, now);
        Touch();
    }

    public void Unfilled()
    {
        Status = CoverStatus.Unfilled;
        Touch();
    }

    private void Touch() => Version = Guid.NewGuid();
}
