using Mediator;

namespace CareMatch.Needs.Contracts;

/// <summary>
/// Every open request with only the facts matching needs (the same as the events carry: no
/// recipient name, notes or address line). For Matching's "jobs for you", which ranks them for
/// a carer; it checks the carer, so this query itself asks for no role.
/// </summary>
public sealed record ListOpenCareRequestsForMatching : IQuery<IReadOnlyList<OpenCareRequest>>;

/// <summary>One open request: its id and its public facts.</summary>
public sealed record OpenCareRequest(Guid RequestId, CareRequestFacts Facts);
