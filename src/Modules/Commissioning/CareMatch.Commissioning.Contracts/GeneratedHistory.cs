namespace CareMatch.Commissioning.Contracts;

/// <summary>How much made-up history was written (none when it existed already).</summary>
public sealed record GeneratedHistory(int Requests, int Visits);
