using CareMatch.Needs.Contracts;
using CareMatch.Providers.Contracts;
using CareMatch.Providers.Credentials;

namespace CareMatch.Providers.Profiles;

/// <summary>A carer's profile in this module. One per carer account.</summary>
internal sealed class CarerProfile
{
    private readonly List<Credential> _credentials = [];

    private CarerProfile()
    {
    }

    public Guid Id { get; private set; }

    public string UserId { get; private set; } = string.Empty;

    /// <summary>Copied from the account at sign-up, so this module can warn the carer by email about expiries.</summary>
    public string? Email { get; private set; }

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

    /// <summary>Stripe can pay this carer (Payments says so); only then may they be booked for paid work.</summary>
    public bool PayoutsEnabled { get; private set; }

    public string? Bio { get; private set; }

    public Guid? PhotoFileId { get; private set; }

    public int? TravelRadiusKm { get; private set; }

    public List<CareType> CareTypes { get; private set; } = [];

    public List<CareSkill> Skills { get; private set; } = [];

    public string? Qualifications { get; private set; }

    public List<string> Languages { get; private set; } = [];

    public CarerGender? Gender { get; private set; }

    public bool Drives { get; private set; }

    /// <summary>Whole pence an hour.</summary>
    public long? HourlyRatePence { get; private set; }

    public List<WeeklySlotEntry> Slots { get; private set; } = [];

    public List<TimeOffEntry> TimeOff { get; private set; } = [];

    public IReadOnlyList<Credential> Credentials => _credentials;

    public void UpdateBasics(string displayName, string homePostcode, string homeSector, double latitude, double longitude)
    {
        DisplayName = displayName;
        HomePostcode = homePostcode;
        HomeSector = homeSector;
        HomeLatitude = latitude;
        HomeLongitude = longitude;
    }

    public void UpdateDetails(CarerProfileDetails details)
    {
        Bio = details.Bio;
        TravelRadiusKm = details.TravelRadiusKm;
        CareTypes = [.. details.CareTypes];
        Skills = [.. details.Skills];
        Qualifications = details.Qualifications;
        Languages = [.. details.Languages];
        Gender = details.Gender;
        Drives = details.Drives;
        HourlyRatePence = details.HourlyRatePence;
    }

    public void ReplacePhoto(Guid fileId) => PhotoFileId = fileId;

    public void ReplaceAvailability(IEnumerable<WeeklySlotEntry> slots, IEnumerable<TimeOffEntry> timeOff)
    {
        Slots = [.. slots];
        TimeOff = [.. timeOff];
    }

    public void RememberEmail(string email) => Email = email;

    public void MarkAccountSuspended(bool suspended) => AccountSuspended = suspended;

    public void MarkPayoutsEnabled(bool enabled) => PayoutsEnabled = enabled;

    public void MoveTo(CarerProfileStatus status) => Status = status;

    public Credential? CredentialOf(CredentialKind kind) => _credentials.SingleOrDefault(c => c.Kind == kind);

    /// <summary>Adds the kind's credential, or replaces the one there (which then waits for review again).</summary>
    public Credential SubmitCredential(CredentialKind kind, CredentialFacts facts, Guid evidenceFileId, DateTimeOffset now)
    {
        var credential = CredentialOf(kind);
        if (credential is null)
        {
            credential = Credential.Start(Id, kind);
            _credentials.Add(credential);
        }
        credential.Submit(facts, evidenceFileId, now);
        return credential;
    }

    public static CarerProfile StartDraft(string userId, string? email, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        UserId = userId,
        Email = email,
        Status = CarerProfileStatus.Draft,
        CreatedAt = now,
    };
}
