namespace CareMatch.Accounts.Contracts;

public sealed record MyAccount(string UserId, string Email, string Role, bool EmailConfirmed);
