using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Commissioning.Contracts;

/// <summary>
/// Which council each postcode district belongs to (districts outside every council are absent).
/// For other modules that work per council, such as Matching's per-council weights; no role needed.
/// </summary>
[SentByModules]
public sealed record ListCouncilDistricts : IQuery<IReadOnlyDictionary<string, Guid>>;
