namespace CareMatch.Accounts.Contracts;

public sealed record AccountSummary(string UserId, string Email, string Role, bool EmailConfirmed, bool Suspended);
