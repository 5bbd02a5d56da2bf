using CareMatch.SharedKernel.Events;

namespace CareMatch.Needs.Contracts;

/// <summary>An open request was edited; the facts are the whole new version.</summary>
public sealed record CareRequestChanged(Guid RequestId, CareRequestFacts Facts) : IntegrationEvent;
