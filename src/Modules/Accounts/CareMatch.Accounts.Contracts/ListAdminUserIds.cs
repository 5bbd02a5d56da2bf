using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Accounts.Contracts;

/// <summary>For modules that must tell every admin something (a new safeguarding concern): the admins' user ids, suspended ones left out.</summary>
[SentByModules]
public sealed record ListAdminUserIds : IQuery<IReadOnlyList<string>>;
