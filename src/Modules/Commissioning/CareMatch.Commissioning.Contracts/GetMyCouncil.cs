using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Commissioning.Contracts;

/// <summary>The signed-in commissioner's council, or null if they have none yet.</summary>
[SentBy(Roles.Commissioner)]
public sealed record GetMyCouncil : IQuery<CouncilSummary?>;
