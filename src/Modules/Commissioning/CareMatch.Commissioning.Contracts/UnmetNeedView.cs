namespace CareMatch.Commissioning.Contracts;

/// <summary>Requests waiting for a carer in each of a council's districts, and in all, as published (small numbers hidden, with secondary suppression).</summary>
public sealed record UnmetNeedView(string CouncilName, DateTimeOffset AsOf, IReadOnlyList<UnmetNeedDistrict> Districts, UnmetNeedDistrict Total);
