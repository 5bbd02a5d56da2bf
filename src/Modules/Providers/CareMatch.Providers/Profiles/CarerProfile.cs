using CareMatch.Providers.Contracts;

namespace CareMatch.Providers.Profiles;

/// <summary>A carer's profile in this module. One per carer account.</summary>
internal sealed class CarerProfile
{
    private CarerProfile()
    {
    }

    public Guid Id { get; private set; }

    public string UserId { get; private set; } = string.Empty;

    public CarerProfileStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string? DisplayName { get; private set; }

    /// <summary>Private: only the carer and admins see it.</summary>
    public string? HomePostcode { get; private set; }

    /// <summary>What others may see of where the carer lives, e.g. "LS6 2".</summary>
    public string? HomeSector { get; private set; }

    /// <summary>The home sector's centroid (never the address), for distances.</summary>
    public double? HomeLatitude { get; private set; }

    public double? HomeLongitude { get; private set; }

    /// <summary>The carer's account is suspended: never shown or bookable while this is set.</summary>
    public bool AccountSuspended { get; private set; }

    public void UpdateBasics(string displayName, string homePostcode, string homeSector, double latitude, double longitude)
    {
        DisplayName = displayName;
        HomePostcode = homePostcode;
        HomeSector = homeSector;
        HomeLatitude = latitude;
        HomeLongitude = longitude;
    }

    public void MarkAccountSuspended(bool suspended) => AccountSuspended = suspended;

    public static CarerProfile StartDraft(string userId, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        UserId = userId,
        Status = CarerProfileStatus.Draft,
        CreatedAt = now,
    };
}
