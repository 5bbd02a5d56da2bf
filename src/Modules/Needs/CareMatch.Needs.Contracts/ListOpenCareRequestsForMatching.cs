using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Needs.Contracts;

/// <summary>
/// Every open request with only the facts matching needs (the same as the events carry: no
/// recipient name, notes or address line). For Matching's "jobs for you", which ranks them for
/// a carer; it checks the carer, so this query itself asks for no role. With
/// <paramref name="Only"/>, just those of the given requests that are still open (a carer's
/// alerts name a handful, and reading every open request for them grew with the whole area).
/// </summary>
[SentByModules]
public sealed record ListOpenCareRequestsForMatching(IReadOnlyCollection<Guid>? Only = null) : IQuery<IReadOnlyList<OpenCareRequest>>;
