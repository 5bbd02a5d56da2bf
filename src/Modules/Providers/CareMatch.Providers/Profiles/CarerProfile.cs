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

    /// <summary>The carer's account is suspended: never shown or bookable while this is set.</summary>
    public bool AccountSuspended { get; private set; }

    public void MarkAccountSuspended(bool suspended) => AccountSuspended = suspended;

    public static CarerProfile StartDraft(string userId, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        UserId = userId,
        Status = CarerProfileStatus.Draft,
        CreatedAt = now,
    };
}
