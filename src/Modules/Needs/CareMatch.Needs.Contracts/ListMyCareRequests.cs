using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Needs.Contracts;

/// <summary>The signed-in seeker's own requests, newest first.</summary>
[SentBy(Roles.Seeker)]
public sealed record ListMyCareRequests : IQuery<IReadOnlyList<MyCareRequestSummary>>;
