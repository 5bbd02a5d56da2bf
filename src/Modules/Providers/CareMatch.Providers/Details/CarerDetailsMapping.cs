using CareMatch.Providers.Contracts;
using CareMatch.Providers.Profiles;

namespace CareMatch.Providers.Details;

internal static class CarerDetailsMapping
{
    public static CarerDetails Empty { get; } = new(null, null, [], [], null, [], null, false, null, false);

    public static CarerDetails Of(CarerProfile profile) => new(
        profile.Bio,
        profile.TravelRadiusKm,
        [.. profile.CareTypes],
        [.. profile.Skills],
        profile.Qualifications,
        [.. profile.Languages],
        profile.Gender,
        profile.Drives,
        profile.HourlyRatePence,
        profile.PhotoFileId is not null);
}
