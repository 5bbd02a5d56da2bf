using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Matching.Contracts;

/// <summary>Admins: the weights matching uses for one council's requests, and whether they override the defaults.</summary>
[SentBy(Roles.Admin)]
public sealed record GetCouncilMatchWeights(Guid CouncilId) : IQuery<CouncilMatchWeights>;
