using CareMatch.Matching.Engine.Snapshots;
using CareMatch.Matching.Engine.Time;
using CareMatch.Matching.Taxonomy;
using CareMatch.Bookings.Contracts;
using CareMatch.Matching.TrackRecords;
using CareMatch.SharedKernel.Time;
using CareMatch.Providers.Contracts;

namespace CareMatch.Matching.CarerIndexing;

/// <summary>
/// A bookable carer's public profile as the engine's snapshot. Providers lists only bookable
/// carers (verified, nothing required expired, not suspended), so every snapshot is verified
/// and the credentials filter has nothing left to remove; an expiry is a CarerSuspended event.
/// </summary>
/// <remarks>
/// Completed visits and the carer's own cancellations come from their track record (counted
/// from Bookings' events); booked visits from Bookings, so a busy carer is not offered a clash.
/// Ratings come from Trust's count of families' published reviews (a carer with few keeps the
/// engine's Bayesian prior). Reply time is the median minutes the carer took to answer
/// invitations over the last 90 days (<see cref="Responsiveness.ReplyTimes"/>), unknown until
/// they have answered or let one lapse.
/// </remarks>
internal static class CarerSnapshots
{
    public static CarerSnapshot Of(PublicCarerProfile profile, CarerTrackRecord? record = null, IReadOnlyList<BookedTime>? booked = null, int? medianReplyMinutes = null) => new()
    {
        BookedVisits = booked?.Select(b => new TimeInterval(UkCalendar.ToUkTime(b.StartsAt).DateTime, UkCalendar.ToUkTime(b.EndsAt).DateTime)).ToList() ?? [],
        CompletedVisits = record?.CompletedVisits ?? 0,
        CarerCancellations = record?.CarerCancellations ?? 0,
        RatingSum = record?.RatingSum ?? 0,
        RatingCount = record?.RatingCount ?? 0,
        CarerId = profile.ProfileId,
        Latitude = profile.SectorLatitude,
        Longitude = profile.SectorLongitude,
        TravelRadiusKm = Math.Clamp(profile.TravelRadiusKm, 0, CarerSnapshot.MaxTravelRadiusKm),
        HourlyRatePence = profile.HourlyRatePence,
        CareTypes = CareTaxonomyIndex.SetOf(profile.CareTypes),
        Skills = CareTaxonomyIndex.SetOf(profile.Skills),
        Languages = LanguageIndex.SetOf(profile.Languages),
        Gender = CareTaxonomyIndex.Of(profile.Gender),
        Drives = profile.Drives,
        WeeklyAvailability = WeekSlots.Available(profile.Slots.Select(s => new WeeklyTime(s.Day, s.Start, s.End))),
        TimeOff = profile.TimeOff.Select(t => new DateRange(t.From, t.To)).ToList(),
        Verified = true,
        CredentialsValidUntil = null,
        MedianReplyMinutes = medianReplyMinutes,
    };
}
