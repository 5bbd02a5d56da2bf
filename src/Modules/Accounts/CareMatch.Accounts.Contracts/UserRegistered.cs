using CareMatch.SharedKernel.Events;

namespace CareMatch.Accounts.Contracts;

/// <summary>Published when a new account exists, so other modules can prepare for that person.</summary>
public sealed record UserRegistered(string UserId, string Email, string Role) : IntegrationEvent;
