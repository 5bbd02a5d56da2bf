using CareMatch.Matching.Engine.Taxonomy;
using CareMatch.Matching.Engine.Time;

namespace CareMatch.Matching.Engine.Snapshots;

/// <summary>
/// A care request as the engine sees it: where (the sector centroid), what, when, for how much
/// and for whom. Required things filter carers out; preferred things only rank.
/// </summary>
public sealed record MatchRequest
{
    public required double Latitude { get; init; }

    public required double Longitude { get; init; }

    public required VisitSchedule Schedule { get; init; }

    /// <summary>Every one of these must be offered.</summary>
    public CareTypeSet RequiredCareTypes { get; init; }

    public CareTypeSet PreferredCareTypes { get; init; }

    public SkillSet RequiredSkills { get; init; }

    public SkillSet PreferredSkills { get; init; }

    /// <summary>The carer must speak every one of these.</summary>
    public LanguageSet RequiredLanguages { get; init; }

    public LanguageSet PreferredLanguages { get; init; }

    public GenderRequirement GenderRequirement { get; init; }

    /// <summary>The gender asked for when <see cref="GenderRequirement"/> is not None.</summary>
    public CarerGender CarerGender { get; init; }

    public bool NeedsDriver { get; init; }

    /// <summary>The most the seeker will pay an hour, in pence; null for no limit.</summary>
    public long? MaxHourlyRatePence { get; init; }

    /// <summary>The person cared for; continuity is about them, whoever posts the request.</summary>
    public Guid RecipientId { get; init; }

    /// <summary>Carers the seeker never wants to see.</summary>
    public IReadOnlyCollection<Guid> BlockedCarerIds { get; init; } = [];

    /// <summary>How far beyond their usual travel distance a near miss may live, for the pages that offer it.</summary>
    public const int NearMissMarginKm = Filters.TravelRadiusFilter.NearMissKm;

    /// <summary>
    /// The seeker has agreed to ask carers who live a little beyond their usual travel distance
    /// (by at most <see cref="NearMissMarginKm"/>): offered when a request has gone unmatched.
    /// </summary>
    public bool IncludeNearMisses { get; init; }

    /// <summary>Carers who have cared for this recipient before, with how many visits each.</summary>
    public IReadOnlyDictionary<Guid, int> PreviousCarerVisits { get; init; } = new Dictionary<Guid, int>();
}
