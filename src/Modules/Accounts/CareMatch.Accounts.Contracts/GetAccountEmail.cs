using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Accounts.Contracts;

/// <summary>For Notifications: the email address of an account, or null when there is no such account (deleted since).</summary>
[SentByModules]
public sealed record GetAccountEmail(string UserId) : IQuery<string?>;
