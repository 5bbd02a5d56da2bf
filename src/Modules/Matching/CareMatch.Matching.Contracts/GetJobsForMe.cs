using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Matching.Contracts;

/// <summary>
/// "Jobs for you": the open requests the signed-in carer qualifies for, best first, ranked by
/// the same engine and scores as the seekers' shortlists. A carer who is not bookable yet gets
/// an empty list and <see cref="JobsForMe.EmptyReason"/>, not an error.
/// </summary>
[SentBy(Roles.Carer)]
public sealed record GetJobsForMe : IQuery<JobsForMe>;

/// <summary>The jobs, and when there are none, why (in words for the carer).</summary>
public sealed record JobsForMe(IReadOnlyList<JobForMe> Jobs, string? EmptyReason);

/// <summary>
/// One open request as the carer sees it in the list: public facts only (the sector, never
/// the address), with the carer's score on it and each factor's share, from rank 1.
/// </summary>
public sealed record JobForMe(
    int Rank,
    Guid RequestId,
    IReadOnlyList<string> CareTypes,
    string Sector,
    double DistanceKm,
    string When,
    long MaxHourlyRatePence,
    double Score,
    IReadOnlyList<ShortlistReason> Reasons);
