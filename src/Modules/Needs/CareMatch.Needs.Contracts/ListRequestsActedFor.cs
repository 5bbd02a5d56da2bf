using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Needs.Contracts;

/// <summary>
/// For modules checking who may act as a request's family: the requests this person was invited to
/// and still has access to (not the ones they posted, which other modules know by the seeker's id).
/// </summary>
[SentByModules]
public sealed record ListRequestsActedFor(string UserId) : IQuery<IReadOnlyList<Guid>>;
