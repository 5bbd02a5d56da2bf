using CareMatch.SharedKernel.Events;

namespace CareMatch.Needs.Contracts;

/// <summary>A request was published: carers may now be matched to it.</summary>
public sealed record CareRequestOpened(Guid RequestId, CareRequestFacts Facts) : IntegrationEvent;
