namespace CareMatch.Accounts.Contracts;

public sealed record AccountList(IReadOnlyList<AccountSummary> Accounts, int Page, int PageCount, int Total);
