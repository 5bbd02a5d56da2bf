using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Commissioning.Contracts;

/// <summary>
/// How requests in the signed-in commissioner's council were met, for those posted in the last
/// <see cref="Weeks"/> weeks (4, 13 or 52; anything else is 13), narrowed by the filters given:
/// a district of the council, a kind of care, an age band and a funding source, each by its
/// name (Needs' enum names). A filter that names nothing known is no filter. Null when they have
/// no council yet.
/// </summary>
[SentBy(Roles.Commissioner)]
public sealed record GetMyRequestTimeliness(int Weeks, RequestFilters Filters) : IQuery<RequestTimelinessView?>;
