using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Accounts.Contracts;

/// <summary>
/// A person signs themselves up as a seeker or a carer. If the address already has an account,
/// nothing is made and its owner is emailed instead; the page answers the same either way.
/// </summary>
[SentByAnyone]
public sealed record RegisterAccount(string Email, string Password, string Role) : ICommand<RegisteredAccount>;
