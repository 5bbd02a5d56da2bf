using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Commissioning.Contracts;

/// <summary>Where need is waiting in the signed-in commissioner's council, by district, now. Null when they have no council yet.</summary>
[SentBy(Roles.Commissioner)]
public sealed record GetMyUnmetNeed : IQuery<UnmetNeedView?>;
