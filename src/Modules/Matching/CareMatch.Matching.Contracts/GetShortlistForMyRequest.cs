using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Matching.Contracts;

/// <summary>
/// The carers ranked best first for one of the signed-in seeker's own requests, with why each
/// is there and, when few or none qualify, why not and what would widen the search. Anyone
/// else's request id is not found. A request nobody can serve is an empty list, not an error.
/// </summary>
[SentBy(Roles.Seeker)]
public sealed record GetShortlistForMyRequest(Guid RequestId) : IQuery<Shortlist>;
