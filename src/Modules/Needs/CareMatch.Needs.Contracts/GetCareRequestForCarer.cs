using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Needs.Contracts;

/// <summary>
/// An open request as the signed-in carer may see it: what, when, budget, the postcode sector
/// and how far it is from the carer's home sector. Never the address, the notes or a name.
/// Requests that are not open are not found.
/// </summary>
[SentBy(Roles.Carer)]
public sealed record GetCareRequestForCarer(Guid RequestId) : IQuery<CareRequestForCarer>;
