namespace CareMatch.Bookings.Bookings;

/// <summary>
/// A request booked with one carer. The request id is unique in the table: that unique key,
/// not a check in code, is what makes the first acceptance win when several race.
/// </summary>
internal sealed class Booking
{
    private Booking()
    {
    }

    public Guid Id { get; private set; }

    public Guid RequestId { get; private set; }

    public string SeekerUserId { get; private set; } = string.Empty;

    public Guid CarerProfileId { get; private set; }

    public string CarerName { get; private set; } = string.Empty;

    public string Sector { get; private set; } = string.Empty;

    public long HourlyRatePence { get; private set; }

    public DateTimeOffset ConfirmedAt { get; private set; }

    /// <summary>Visits exist up to and including this UK date; the horizon task extends it.</summary>
    public DateOnly VisitsThrough { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    public string? EndReason { get; private set; }

    public bool Active => EndedAt is null;

    public static Booking Confirm(Guid requestId, string seekerUserId, Guid carerProfileId, string carerName, string sector, long hourlyRatePence, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        RequestId = requestId,
        SeekerUserId = seekerUserId,
        CarerProfileId = carerProfileId,
        CarerName = carerName,
        Sector = sector,
        HourlyRatePence = hourlyRatePence,
        ConfirmedAt = now,
        VisitsThrough = DateOnly.MinValue,
    };

    public void VisitsPlannedThrough(DateOnly date)
    {
        if (date > VisitsThrough) VisitsThrough = date;
    }

    public void End(string reason, DateTimeOffset now)
    {
        if (!Active) return;
        (EndedAt, EndReason) = (now, reason);
    }
}
