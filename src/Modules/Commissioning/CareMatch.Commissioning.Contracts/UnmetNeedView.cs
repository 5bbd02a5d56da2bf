namespace CareMatch.Commissioning.Contracts;

/// <summary>
/// Requests waiting for a carer in each of a council's districts (<see cref="ByDistrict"/>), and in all
/// (<see cref="Total"/>), as published (small numbers hidden, with secondary suppression); and why those
/// waiting more than 28 days wait, from the matching engine's own reasons, which add up to the total
/// waiting that long. All of it counts only the requests the <see cref="Filters"/> name (those applied,
/// unknown ones dropped): with a district, <see cref="ByDistrict"/> is that district alone and
/// <see cref="Total"/> the same figures. <see cref="Districts"/> are the council's, to choose from.
/// </summary>
public sealed record UnmetNeedView(
    string CouncilName,
    RequestFilters Filters,
    IReadOnlyList<string> Districts,
    DateTimeOffset AsOf,
    IReadOnlyList<UnmetNeedDistrict> ByDistrict,
    UnmetNeedDistrict Total,
    IReadOnlyList<UnmetReason> WhyOver28Days)
{
    /// <summary>The rows to show: each district's, then the council's in all; with a district chosen, its row alone (the total would repeat it).</summary>
    public IReadOnlyList<UnmetNeedDistrict> Rows => Filters.District is null ? [.. ByDistrict, Total] : ByDistrict;
}
