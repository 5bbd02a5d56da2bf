using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Commissioning.Contracts;

/// <summary>
/// The carers and the market in the signed-in commissioner's council over the last <paramref name="Weeks"/>
/// weeks, narrowed by district and kind of care (age band and funding describe people cared for, not
/// carers, so they are not applied). Null when they have no council yet.
/// </summary>
[SentBy(Roles.Commissioner)]
public sealed record GetMyWorkforce(int Weeks, RequestFilters Filters) : IQuery<WorkforceView?>;
