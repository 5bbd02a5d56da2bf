using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Commissioning.Contracts;

/// <summary>Continuity and reliability of the visits due in the signed-in commissioner's council in the last <paramref name="Weeks"/> weeks. Null when they have no council yet.</summary>
[SentBy(Roles.Commissioner)]
public sealed record GetMyVisitReliability(int Weeks, RequestFilters Filters) : IQuery<VisitReliabilityView?>;
