namespace CareMatch.Needs.Contracts;

/// <summary>One open request: its id and its public facts.</summary>
public sealed record OpenCareRequest(Guid RequestId, CareRequestFacts Facts);
