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
