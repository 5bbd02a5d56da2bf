using CareMatch.Providers.Bookability;
using CareMatch.Providers.Contracts;
using CareMatch.Providers.Persistence;
using CareMatch.Providers.Profiles;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Time;

namespace CareMatch.Providers.Common;

/// <summary>
/// Writes the module's integration events to the outbox, in the same SaveChanges as the change.
/// Only what seekers may see goes out: the sector and its centroid, never the postcode.
/// </summary>
internal static class CarerEventFactory
{
    public static void ProfileChanged(ProvidersDbContext db, CarerProfile profile, IClock clock) =>
        db.AddIntegrationEvent(new CarerProfileChanged(
            profile.Id,
            profile.HomeSector,
            profile.HomeLatitude,
            profile.HomeLongitude,
            profile.TravelRadiusKm,
            [.. profile.CareTypes],
            [.. profile.Skills],
            [.. profile.Languages],
            profile.Gender,
            profile.Drives,
            profile.HourlyRatePence,
            CarerBookability.IsBookable(profile, clock.Today()),
            profile.Slots.Sum(s => (int)(s.End - s.Start).TotalMinutes)) { OccurredAt = clock.UtcNow });

    /// <summary>
    /// Brings the profile's status into line with its credentials after a review or a new upload:
    /// all current makes it Verified (CarerVerified); a verified carer who no longer is moves to
    /// <paramref name="whenNoLongerCurrent"/> (CarerSuspended). Says whether anything changed.
    /// </summary>
    public static bool ReassessVerification(
        ProvidersDbContext db, CarerProfile profile, IClock clock, CarerProfileStatus whenNoLongerCurrent, string reason)
    {
        var current = CarerBookability.AllCredentialsCurrent(profile, clock.Today());
        if (current && profile.Status != CarerProfileStatus.Verified)
        {
            profile.MoveTo(CarerProfileStatus.Verified);
            db.AddIntegrationEvent(new CarerVerified(profile.Id) { OccurredAt = clock.UtcNow });
            return true;
        }
        if (!current && profile.Status == CarerProfileStatus.Verified)
        {
            profile.MoveTo(whenNoLongerCurrent);
            db.AddIntegrationEvent(new CarerSuspended(profile.Id, reason) { OccurredAt = clock.UtcNow });
            return true;
        }
        return false;
    }
}
