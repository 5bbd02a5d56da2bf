using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Trust.Contracts;

/// <summary>One concern for an admin: what was reported, its status, owner, and the whole audit trail.</summary>
[SentBy(Roles.Admin)]
public sealed record GetConcern(Guid ConcernId) : IQuery<ConcernDetail>;
