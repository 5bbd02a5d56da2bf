using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Commissioning.Contracts;

[SentBy(Roles.Admin)]
public sealed record GetCouncil(Guid CouncilId) : IQuery<CouncilSummary?>;
