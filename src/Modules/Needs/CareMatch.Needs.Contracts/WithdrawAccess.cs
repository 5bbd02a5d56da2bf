using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Needs.Contracts;

/// <summary>
/// Ends someone's access to a request (or their invitation): the poster or the person cared for
/// may end anyone's; anyone may end their own.
/// </summary>
[SentBy(Roles.Seeker)]
public sealed record WithdrawAccess(Guid RequestId, Guid AccessId) : ICommand;
