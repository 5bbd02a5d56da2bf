using CareMatch.Commissioning.Contracts;
using CareMatch.Needs.Contracts;

namespace CareMatch.Commissioning.Activity;

/// <summary>Narrowing request facts by a commissioner's filters: each filter names a district of theirs, or a kind of care, age band or funding by its name.</summary>
internal static class RequestFacts
{
    /// <summary>
    /// The filters that name something real; the rest are dropped, so a tampered kind of care, age or funding shows everyone
    /// rather than failing. A dropped district is not the council's: the web host sees it dropped and answers 404.
    /// </summary>
    public static RequestFilters Known(RequestFilters filters, IReadOnlyList<string> councilDistricts) => new(
        councilDistricts.FirstOrDefault(d => string.Equals(d, filters.District?.Trim(), StringComparison.OrdinalIgnoreCase)),
        Enum.TryParse<CareType>(filters.CareType, out var care) && Enum.IsDefined(care) ? care.ToString() : null,
        Enum.TryParse<AgeBand>(filters.AgeBand, out var band) && Enum.IsDefined(band) ? band.ToString() : null,
        Enum.TryParse<FundingSource>(filters.Funding, out var funding) && Enum.IsDefined(funding) ? funding.ToString() : null);

    public static List<RequestFact> Matching(IEnumerable<RequestFact> facts, RequestFilters known) =>
    [
        .. facts.Where(f =>
            (known.CareType is null || f.CareTypes.Split(',').Contains(known.CareType, StringComparer.Ordinal))
            && (known.AgeBand is null || f.AgeBand.ToString() == known.AgeBand)
            && (known.Funding is null || f.Funding.ToString() == known.Funding)),
    ];
}
