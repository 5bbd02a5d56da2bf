using CareMatch.Providers.Contracts;
using CareMatch.Providers.Credentials;
using CareMatch.Providers.Profiles;

namespace CareMatch.Providers.Bookability;

/// <summary>
/// The one rule for whether a carer can be booked: the account is active, Stripe can pay them,
/// the profile says where they work, what they offer and what they charge, and every required
/// credential is verified and none has expired. Everything that shows or matches carers asks this.
/// </summary>
internal static class CarerBookability
{
    public static IReadOnlyList<CredentialKind> RequiredKinds { get; } = Enum.GetValues<CredentialKind>();

    public static bool IsBookable(CarerProfile profile, DateOnly today) =>
        !profile.AccountSuspended
        && profile.PayoutsEnabled
        && profile.Status == CarerProfileStatus.Verified
        && IsComplete(profile)
        && AllCredentialsCurrent(profile, today);

    public static bool IsComplete(CarerProfile profile) =>
        profile.DisplayName is not null
        && profile.HomeSector is not null && profile.HomeLatitude is not null && profile.HomeLongitude is not null
        && profile.TravelRadiusKm is not null
        && profile.HourlyRatePence is not null
        && profile.CareTypes.Count > 0;

    /// <summary>Every required kind is there, verified and in date.</summary>
    public static bool AllCredentialsCurrent(CarerProfile profile, DateOnly today) =>
        RequiredKinds.All(kind => profile.CredentialOf(kind) is { State: CredentialState.Verified } credential
            && !CredentialExpiry.IsExpired(credential, today));
}
