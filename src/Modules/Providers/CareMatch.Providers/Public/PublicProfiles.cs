using CareMatch.Providers.Availability;
using CareMatch.Providers.Bookability;
using CareMatch.Providers.Common;
using CareMatch.Providers.Contracts;
using CareMatch.Providers.Persistence;
using CareMatch.Providers.Profiles;
using CareMatch.SharedKernel.Values;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Providers.Public;

/// <summary>
/// The public face of bookable carers. Built field by field from what seekers may see, so a
/// private field added to the profile later cannot leak through here by accident.
/// </summary>
internal static class PublicProfiles
{
    /// <summary>Candidates from the database; the bookability rule (which needs today's date) is applied after loading.</summary>
    public static IQueryable<CarerProfile> Candidates(ProvidersDbContext db) =>
        db.CarerProfiles.AsNoTracking().Include(p => p.Credentials)
            .Where(p => p.Status == CarerProfileStatus.Verified && !p.AccountSuspended);

    public static PublicCarerProfile? Of(CarerProfile profile, DateOnly today, double? fromLatitude, double? fromLongitude)
    {
        if (!CarerBookability.IsBookable(profile, today)) return null;
        // IsBookable guarantees the profile is complete; these are never null here.
        var (latitude, longitude) = (profile.HomeLatitude!.Value, profile.HomeLongitude!.Value);
        double? distance = fromLatitude is { } lat && fromLongitude is { } lon
            ? Math.Round(new GeoPoint(lat, lon).KilometresTo(new GeoPoint(latitude, longitude)), 1)
            : null;
        var availability = GetMyAvailabilityHandler.Of(profile);
        return new PublicCarerProfile(
            profile.Id,
            profile.DisplayName!,
            profile.Bio,
            profile.HomeSector!,
            latitude,
            longitude,
            distance,
            profile.TravelRadiusKm!.Value,
            [.. profile.CareTypes],
            [.. profile.Skills],
            profile.Qualifications,
            [.. profile.Languages],
            profile.Gender,
            profile.Drives,
            profile.HourlyRatePence!.Value,
            availability.Slots,
            availability.TimeOff.Where(t => t.To >= today).ToList());
    }
}
