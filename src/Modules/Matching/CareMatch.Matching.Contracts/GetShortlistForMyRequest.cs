using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Matching.Contracts;

/// <summary>
/// The carers ranked best first for one of the signed-in seeker's own requests, with why each
/// is there and, when few or none qualify, why not and what would widen the search. Anyone
/// else's request id is not found. A request nobody can serve is an empty list, not an error.
/// </summary>
[SentBy(Roles.Seeker)]
public sealed record GetShortlistForMyRequest(Guid RequestId) : IQuery<Shortlist>;

/// <summary>
/// The shortlist. <see cref="Matched"/> is false when the request is not open (a draft, closed
/// or cancelled request is not matched) or its sector could not be placed on the map.
/// </summary>
public sealed record Shortlist(
    Guid RequestId,
    string RecipientFirstName,
    string Sector,
    bool Matched,
    IReadOnlyList<ShortlistedCarer> Carers,
    string FilterSummary,
    IReadOnlyList<string> Suggestions,
    WideningOffer? Widening = null);

/// <summary>
/// The request has gone unmatched for <see cref="UnmatchedFor"/>, so the seeker may ask carers
/// who live up to <see cref="ExtraKm"/> beyond their usual travel distance too. Both numbers are
/// Matching's, carried here so the page says what Matching does. <see cref="Accepted"/> once they have.
/// </summary>
public sealed record WideningOffer(bool Accepted, DateTimeOffset OfferedAt, TimeSpan UnmatchedFor, int ExtraKm);

/// <summary>One carer on the shortlist: public details only (never their postcode), best first from rank 1.</summary>
public sealed record ShortlistedCarer(
    int Rank,
    Guid ProfileId,
    string DisplayName,
    string HomeSector,
    double DistanceKm,
    long HourlyRatePence,
    double Score,
    IReadOnlyList<ShortlistReason> Reasons,
    bool BeyondUsualTravel = false);

/// <summary>One factor of a carer's score, in words, with its share of the score (0–1; the shares add up to the score).</summary>
public sealed record ShortlistReason(string Factor, string Explanation, double Contribution);
