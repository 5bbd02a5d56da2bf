using CareMatch.Matching.Engine.Taxonomy;
using CareMatch.Matching.Engine.Time;

namespace CareMatch.Matching.Engine.Snapshots;

/// <summary>
/// Everything the engine knows about one carer: what Providers publishes (place, reach, care
/// offered, availability, verification) and what Bookings and reviews add (visits booked,
/// ratings, cancellations, responsiveness). The Matching module assembles it from the database
/// and integration events; the engine never reads anything else.
/// </summary>
public sealed record CarerSnapshot
{
    /// <summary>The largest travel radius the engine honours; larger ones are treated as this.</summary>
    public const int MaxTravelRadiusKm = 100;

    public required Guid CarerId { get; init; }

    /// <summary>The centroid of the carer's home postcode sector, never their address.</summary>
    public required double Latitude { get; init; }

    public required double Longitude { get; init; }

    /// <summary>How far the carer will travel to a visit, in whole kilometres (0–100).</summary>
    public required int TravelRadiusKm { get; init; }

    public required long HourlyRatePence { get; init; }

    public CareTypeSet CareTypes { get; init; }

    public SkillSet Skills { get; init; }

    public LanguageSet Languages { get; init; }

    public CarerGender Gender { get; init; }

    public bool Drives { get; init; }

    /// <summary>The carer's usual working week.</summary>
    public WeekSlots WeeklyAvailability { get; init; } = WeekSlots.Empty;

    public IReadOnlyList<DateRange> TimeOff { get; init; } = [];

    /// <summary>Visits already booked with anyone, as local-time intervals.</summary>
    public IReadOnlyList<TimeInterval> BookedVisits { get; init; } = [];

    /// <summary>An admin has verified every required credential.</summary>
    public bool Verified { get; init; }

    /// <summary>The earliest expiry among the required credentials (valid through that day); null if none expire.</summary>
    public DateOnly? CredentialsValidUntil { get; init; }

    /// <summary>The sum of star ratings (1–5 each) seekers gave.</summary>
    public int RatingSum { get; init; }

    public int RatingCount { get; init; }

    public int CompletedVisits { get; init; }

    /// <summary>Visits the carer cancelled after accepting them.</summary>
    public int CarerCancellations { get; init; }

    /// <summary>The median minutes the carer takes to answer an invitation (the Matching module counts the last 90 days, and an invitation left to lapse at its full lifetime); null until known.</summary>
    public int? MedianReplyMinutes { get; init; }
}
