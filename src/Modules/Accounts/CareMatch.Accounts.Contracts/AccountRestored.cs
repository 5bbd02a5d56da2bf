using CareMatch.SharedKernel.Events;

namespace CareMatch.Accounts.Contracts;

public sealed record AccountRestored(string UserId) : IntegrationEvent;
