using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Commissioning.Contracts;

/// <summary>An admin sets up a council: its name and the postcode districts that make up its area.</summary>
[SentBy(Roles.Admin)]
public sealed record CreateCouncil(string Name, string Districts) : ICommand<Guid>;

/// <summary>Admins: every council, by name.</summary>
[SentBy(Roles.Admin)]
public sealed record ListCouncils : IQuery<IReadOnlyList<CouncilSummary>>;

[SentBy(Roles.Admin)]
public sealed record GetCouncil(Guid CouncilId) : IQuery<CouncilSummary?>;

/// <summary>The signed-in commissioner's council, or null if they have none yet.</summary>
[SentBy(Roles.Commissioner)]
public sealed record GetMyCouncil : IQuery<CouncilSummary?>;

public sealed record CouncilSummary(Guid Id, string Name, IReadOnlyList<string> Districts, int Commissioners);

/// <summary>
/// Which council each postcode district belongs to (districts outside every council are absent).
/// For other modules that work per council, such as Matching's per-council weights; no role needed.
/// </summary>
[SentByModules]
public sealed record ListCouncilDistricts : IQuery<IReadOnlyDictionary<string, Guid>>;
