using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Commissioning.Contracts;

/// <summary>Open data, for anyone: one council's published figures by month and district, as last rolled up. Null when there is no such council.</summary>
[SentByAnyone]
public sealed record GetOpenFigures(Guid CouncilId) : IQuery<OpenFigures?>;
