using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Needs.Contracts;

/// <summary>One of the signed-in seeker's own requests, private details included. Anyone else's id is not found.</summary>
[SentBy(Roles.Seeker)]
public sealed record GetMyCareRequest(Guid RequestId) : IQuery<MyCareRequest>;
