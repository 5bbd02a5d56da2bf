using CareMatch.SharedKernel.Events;

namespace CareMatch.Accounts.Contracts;

/// <summary>An admin invited a commissioner for a council; Commissioning records the assignment.</summary>
public sealed record CommissionerInvited(string UserId, string Email, Guid CouncilId) : IntegrationEvent;
