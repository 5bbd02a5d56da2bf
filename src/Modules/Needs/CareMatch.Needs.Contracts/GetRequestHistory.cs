using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Needs.Contracts;

/// <summary>What has been done on a request and by whom, newest first, for anyone who may act on it.</summary>
[SentBy(Roles.Seeker)]
public sealed record GetRequestHistory(Guid RequestId) : IQuery<IReadOnlyList<RequestHistoryEntry>>;
