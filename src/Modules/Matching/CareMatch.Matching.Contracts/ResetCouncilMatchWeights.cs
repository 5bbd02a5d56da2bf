using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Matching.Contracts;

/// <summary>Admins: go back to the configured weights for this council.</summary>
[SentBy(Roles.Admin)]
public sealed record ResetCouncilMatchWeights(Guid CouncilId) : ICommand;
