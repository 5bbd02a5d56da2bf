using CareMatch.SharedKernel.Events;

namespace CareMatch.Trust.Contracts;

/// <summary>Someone wrote in a thread; the other side is told (the words stay on the page, never in an email).</summary>
public sealed record MessageWritten(Guid RequestId, Guid CarerProfileId, string SeekerUserId, bool ByCarer, string CarerName, string Sector) : IntegrationEvent;
