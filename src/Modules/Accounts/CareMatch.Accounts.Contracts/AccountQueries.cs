using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Accounts.Contracts;

/// <summary>Admins: accounts whose email contains the search text, newest first.</summary>
[SentBy(Roles.Admin)]
public sealed record ListAccounts(string? Search, int Page = 1) : IQuery<AccountList>;

public sealed record AccountList(IReadOnlyList<AccountSummary> Accounts, int Page, int PageCount, int Total);

public sealed record AccountSummary(string UserId, string Email, string Role, bool EmailConfirmed, bool Suspended);

/// <summary>The signed-in person's own account.</summary>
[SentByAnyoneSignedIn]
public sealed record GetMyAccount : IQuery<MyAccount?>;

public sealed record MyAccount(string UserId, string Email, string Role, bool EmailConfirmed);
