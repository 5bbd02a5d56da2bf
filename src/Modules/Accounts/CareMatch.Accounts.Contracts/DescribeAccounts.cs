using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Accounts.Contracts;

/// <summary>
/// For modules that show people to admins (Trust's safeguarding trail): each known account's email
/// and role, by user id. Accounts deleted since are left out; the caller words them.
/// </summary>
[SentByModules]
public sealed record DescribeAccounts(IReadOnlyCollection<string> UserIds) : IQuery<IReadOnlyList<AccountDescription>>;
