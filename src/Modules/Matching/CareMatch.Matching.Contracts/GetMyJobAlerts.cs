using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Matching.Contracts;

/// <summary>
/// The signed-in carer's in-app job alerts: open requests on which they ranked among the best
/// carers when the request opened, changed or was re-matched. Closed requests drop out.
/// </summary>
[SentBy(Roles.Carer)]
public sealed record GetMyJobAlerts : IQuery<MyJobAlerts>;
