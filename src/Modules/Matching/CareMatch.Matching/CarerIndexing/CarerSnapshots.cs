using CareMatch.Matching.Engine.Snapshots;
using CareMatch.Matching.Engine.Time;
using CareMatch.Matching.Taxonomy;
using CareMatch.Providers.Contracts;

namespace CareMatch.Matching.CarerIndexing;

/// <summary>
/// A bookable carer's public profile as the engine's snapshot. Providers lists only bookable
/// carers (verified, nothing required expired, not suspended), so every snapshot is verified
/// and the credentials filter has nothing left to remove; an expiry is a CarerSuspended event.
/// </summary>
/// <remarks>
/// Reviews, cancellations, reply times, completed and booked visits do not exist yet (they
/// come with Bookings), so every carer gets the same neutral values: no reviews (the Bayesian
/// prior), no cancellations, reply time unknown, no booked visits, and the full new-carer
/// boost. Those factors therefore score everyone alike and do not change the order.
/// </remarks>
internal static class CarerSnapshots
{
    public static CarerSnapshot Of(PublicCarerProfile profile) => new()
    {
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
    };
}
