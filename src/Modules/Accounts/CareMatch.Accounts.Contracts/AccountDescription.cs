namespace CareMatch.Accounts.Contracts;

/// <summary>An account as another module may name it to admins: its email and its role (one of <see cref="AccountRoles"/>).</summary>
public sealed record AccountDescription(string UserId, string Email, string Role);
