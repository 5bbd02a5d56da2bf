using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Commissioning.Contracts;

/// <summary>Admins: every council, by name.</summary>
[SentBy(Roles.Admin)]
public sealed record ListCouncils : IQuery<IReadOnlyList<CouncilSummary>>;
