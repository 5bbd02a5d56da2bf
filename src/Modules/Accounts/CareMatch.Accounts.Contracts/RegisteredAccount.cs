namespace CareMatch.Accounts.Contracts;

/// <summary><paramref name="UserId"/> is null when the address already had an account.</summary>
public sealed record RegisteredAccount(string? UserId, string Email, string Role);
