namespace CareMatch.Bookings.Contracts;

public sealed record BookingView(
    Guid BookingId,
    Guid RequestId,
    Guid CarerProfileId,
    string CarerName,
    string Sector,
    PrivateDetailsForCarer? ForCarer,
    long HourlyRatePence,
    DateTimeOffset ConfirmedAt,
    bool Active,
    string? EndReason,
    IReadOnlyList<VisitView> UpcomingVisits,
    bool CanEnd);
