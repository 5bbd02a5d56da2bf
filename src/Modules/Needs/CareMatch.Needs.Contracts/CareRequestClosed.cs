using CareMatch.SharedKernel.Events;

namespace CareMatch.Needs.Contracts;

/// <summary>A request stopped being open for good: Closed, Cancelled or Expired, as <paramref name="FinalStatus"/> says.</summary>
public sealed record CareRequestClosed(Guid RequestId, CareRequestStatus FinalStatus) : IntegrationEvent;
