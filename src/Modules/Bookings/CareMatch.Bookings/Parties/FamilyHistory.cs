using CareMatch.Bookings.Bookings;
using CareMatch.Bookings.Persistence;
using CareMatch.Bookings.Visits;
using CareMatch.Needs.Contracts;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Time;

namespace CareMatch.Bookings.Parties;

/// <summary>
/// What the family side did here, told to Needs in the same save as the change, so the request's
/// history says who invited, booked, approved or cancelled: the poster or someone acting for them.
/// Words are short past-tense sentences, naming the carer where there is one.
/// </summary>
internal static class FamilyHistory
{
    public static void FamilyDid(this BookingsDbContext db, CurrentParty party, Guid requestId, string what, DateTimeOffset now)
    {
        if (party.UserId is { } userId) db.AddIntegrationEvent(new FamilyActedOnRequest(requestId, userId, what) { OccurredAt = now });
    }

    /// <summary>"the visit on Wednesday 9 December 2026, 10am by Tess Trusted".</summary>
    public static string TheVisit(Visit visit, Booking booking) => $"the visit on {TimeWords.DateTime(visit.StartsAt)} by {visit.CoverCarerName ?? booking.CarerName}";
}
