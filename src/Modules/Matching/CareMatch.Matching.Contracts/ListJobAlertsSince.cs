using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Matching.Contracts;

/// <summary>
/// For Notifications' daily digest: every job alert sent since a time, for requests still open,
/// oldest first, with the carer it was sent to. Public facts of each request only.
/// </summary>
[SentByModules]
public sealed record ListJobAlertsSince(DateTimeOffset Since) : IQuery<IReadOnlyList<CarerJobAlert>>;
