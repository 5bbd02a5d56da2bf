using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Matching.Contracts;

/// <summary>
/// For Bookings' cover cascade: the carers best placed to cover one visit of a booked request,
/// best first, ranked by the same engine as shortlists. Carers who have cared for the person
/// before (<paramref name="PreviousCarerVisits"/>, with how many visits) get the continuity
/// score, so they come first when they can come at all. <paramref name="Exclude"/> never appear
/// (the carer who cancelled, carers already asked). Empty when nobody can cover.
/// </summary>
[SentByModules]
public sealed record RankCoverCarers(
    Guid RequestId,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    IReadOnlyDictionary<Guid, int> PreviousCarerVisits,
    IReadOnlyCollection<Guid> Exclude,
    int Top) : IQuery<IReadOnlyList<CoverCandidate>>;
