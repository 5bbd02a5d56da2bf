using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Providers.Contracts;

/// <summary>
/// For modules that show people to admins (Trust's safeguarding trail): the display name of each
/// of these accounts that is a carer with one, by user id. Others are left out.
/// </summary>
[SentByModules]
public sealed record ListCarerNamesOfUsers(IReadOnlyCollection<string> UserIds) : IQuery<IReadOnlyDictionary<string, string>>;
