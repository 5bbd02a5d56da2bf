using CareMatch.Needs.Contracts;

namespace CareMatch.Needs.Requests;

/// <summary>
/// A seeker's request for care. Content changes only through <see cref="Revise"/> and status only
/// through the lifecycle, so nothing can edit a booked request or reopen a cancelled one.
/// </summary>
internal sealed class CareRequest
{
    private CareRequest()
    {
    }

    public Guid Id { get; private set; }

    public string SeekerUserId { get; private set; } = string.Empty;

    public CareRequestStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? OpenedAt { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    /// <summary>Private to the seeker: free text may say more than they would tell a stranger.</summary>
    public string? CancellationReason { get; private set; }

    /// <summary>How the poster is named to the people they invite; given with their first invitation.</summary>
    public string? PosterName { get; private set; }

    public string RecipientFirstName { get; private set; } = string.Empty;

    public AgeBand RecipientAgeBand { get; private set; }

    public RecipientRelationship RecipientRelationship { get; private set; }

    public string? CareNotes { get; private set; }

    public List<CareType> CareTypes { get; private set; } = [];

    public List<CareSkill> RequiredSkills { get; private set; } = [];

    public List<CareSkill> PreferredSkills { get; private set; } = [];

    public List<string> Languages { get; private set; } = [];

    public GenderPreference GenderPreference { get; private set; }

    public PreferredGender? CarerGender { get; private set; }

    public bool NeedsDriver { get; private set; }

    public bool HasPets { get; private set; }

    public bool SmokingInHome { get; private set; }

    public ScheduleKind Schedule { get; private set; }

    public DateOnly StartDate { get; private set; }

    /// <summary>The last day care is needed; a one-off visit's is its date; null for weekly care with no end.</summary>
    public DateOnly? EndDate { get; private set; }

    public List<VisitSlot> Slots { get; private set; } = [];

    public bool Urgent { get; private set; }

    public string Postcode { get; private set; } = string.Empty;

    public string Sector { get; private set; } = string.Empty;

    public string District { get; private set; } = string.Empty;

    /// <summary>The sector's centroid (or the district's), never the address: safe for distances shown to carers.</summary>
    public double SectorLatitude { get; private set; }

    public double SectorLongitude { get; private set; }

    /// <summary>Private: never shown to carers before a booking.</summary>
    public string AddressLine { get; private set; } = string.Empty;

    public long MaxHourlyRatePence { get; private set; }

    public FundingSource Funding { get; private set; }

    public static CareRequest Start(string seekerUserId, CareRequestSpec spec, DateTimeOffset now)
    {
        var request = new CareRequest
        {
            Id = Guid.NewGuid(),
            SeekerUserId = seekerUserId,
            Status = CareRequestStatus.Draft,
            CreatedAt = now,
        };
        request.Apply(spec, now);
        return request;
    }

    public void Revise(CareRequestSpec spec, DateTimeOffset now)
    {
        if (!CareRequestLifecycle.CanEdit(Status)) throw new IllegalTransitionException(Status, Status);
        Apply(spec, now);
    }

    public void NamePoster(string name) => PosterName = name;

    public void Publish(DateTimeOffset now)
    {
        MoveTo(CareRequestStatus.Open, now);
        OpenedAt = now;
    }

    public void Cancel(string reason, DateTimeOffset now)
    {
        MoveTo(CareRequestStatus.Cancelled, now);
        CancellationReason = reason;
        EndedAt = now;
    }

    public void Expire(DateTimeOffset now)
    {
        MoveTo(CareRequestStatus.Expired, now);
        EndedAt = now;
    }

    public void MarkBooked(DateTimeOffset now) => MoveTo(CareRequestStatus.Booked, now);

    public void Close(DateTimeOffset now)
    {
        MoveTo(CareRequestStatus.Closed, now);
        EndedAt = now;
    }

    private void MoveTo(CareRequestStatus next, DateTimeOffset now)
    {
        CareRequestLifecycle.Ensure(Status, next);
        Status = next;
        UpdatedAt = now;
    }

    private void Apply(CareRequestSpec spec, DateTimeOffset now)
    {
        RecipientFirstName = spec.RecipientFirstName;
        RecipientAgeBand = spec.RecipientAgeBand;
        RecipientRelationship = spec.RecipientRelationship;
        CareNotes = spec.CareNotes;
        CareTypes = [.. spec.CareTypes];
        RequiredSkills = [.. spec.RequiredSkills];
        PreferredSkills = [.. spec.PreferredSkills];
        Languages = [.. spec.Languages];
        GenderPreference = spec.GenderPreference;
        CarerGender = spec.CarerGender;
        NeedsDriver = spec.NeedsDriver;
        HasPets = spec.HasPets;
        SmokingInHome = spec.SmokingInHome;
        Schedule = spec.Schedule;
        StartDate = spec.StartDate;
        EndDate = spec.EndDate;
        Slots = [.. spec.Slots];
        Urgent = spec.Urgent;
        Postcode = spec.Place.Postcode;
        Sector = spec.Place.Sector;
        District = spec.Place.District;
        SectorLatitude = spec.Place.Latitude;
        SectorLongitude = spec.Place.Longitude;
        AddressLine = spec.Place.AddressLine;
        MaxHourlyRatePence = spec.MaxHourlyRatePence;
        Funding = spec.Funding;
        UpdatedAt = now;
    }
}
