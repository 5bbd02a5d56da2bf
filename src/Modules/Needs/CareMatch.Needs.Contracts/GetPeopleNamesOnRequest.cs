using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Needs.Contracts;

/// <summary>
/// For modules showing who on the family's side did something: each person who has or had access
/// to the request, by user id, as "Jane Smith (attorney)". The poster is named too once they have
/// given a name; anyone missing from the answer is best called "the family".
/// </summary>
[SentByModules]
public sealed record GetPeopleNamesOnRequest(Guid RequestId) : IQuery<IReadOnlyDictionary<string, string>>;
