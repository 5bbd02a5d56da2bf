using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Commissioning.Contracts;

/// <summary>
/// How requests in the signed-in commissioner's council were met, for those posted in the last
/// <see cref="Weeks"/> weeks (4, 13 or 52; anything else is 13). Null when they have no council yet.
/// </summary>
[SentBy(Roles.Commissioner)]
public sealed record GetMyRequestTimeliness(int Weeks) : IQuery<RequestTimelinessView?>;
