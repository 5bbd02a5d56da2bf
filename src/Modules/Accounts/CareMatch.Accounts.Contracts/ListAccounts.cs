using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Accounts.Contracts;

/// <summary>Admins: accounts whose email contains the search text, newest first.</summary>
[SentBy(Roles.Admin)]
public sealed record ListAccounts(string? Search, int Page = 1) : IQuery<AccountList>;
