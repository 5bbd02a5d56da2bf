using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Accounts.Contracts;

/// <summary>Signs the person in on this request's cookie. Fails with a field error, never a 500.</summary>
[SentByAnyone]
public sealed record SignInWithPassword(string Email, string Password, bool RememberMe) : ICommand;
