using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Commissioning.Contracts;

/// <summary>
/// Where need is waiting in the signed-in commissioner's council, by district, now (a snapshot, so
/// no period), narrowed by the filters given: a district of the council, a kind of care, an age band
/// and a funding source, each by its name (Needs' enum names). A filter that names nothing known is
/// no filter. Null when they have no council yet.
/// </summary>
[SentBy(Roles.Commissioner)]
public sealed record GetMyUnmetNeed(RequestFilters Filters) : IQuery<UnmetNeedView?>;
