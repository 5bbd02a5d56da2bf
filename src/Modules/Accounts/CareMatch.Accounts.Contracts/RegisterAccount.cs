using Mediator;

namespace CareMatch.Accounts.Contracts;

/// <summary>A person signs themselves up as a seeker or a carer.</summary>
public sealed record RegisterAccount(string Email, string Password, string Role) : ICommand<RegisteredAccount>;

public sealed record RegisteredAccount(string UserId, string Email, string Role);
