namespace CareMatch.Commissioning.Contracts;

/// <summary>
/// Requests waiting for a carer in each of a council's districts, and in all, as published (small
/// numbers hidden, with secondary suppression); and why those waiting more than 28 days wait, from
/// the matching engine's own reasons, which add up to the total waiting that long.
/// </summary>
public sealed record UnmetNeedView(string CouncilName, DateTimeOffset AsOf, IReadOnlyList<UnmetNeedDistrict> Districts, UnmetNeedDistrict Total, IReadOnlyList<UnmetReason> WhyOver28Days);
