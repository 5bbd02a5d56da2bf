namespace CareMatch.Bookings.Contracts;

/// <summary>The cover search for a cancelled visit, as the booking's seeker sees it.</summary>
public sealed record CoverView(Guid CoverRequestId, CoverStatus Status, int CarersAsked, string? VolunteerName, Guid? CoverVisitId, bool CanDecide);
