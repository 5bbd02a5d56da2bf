using CareMatch.Commissioning.Contracts;

namespace CareMatch.Web.Pages.Commissioner;

/// <summary>
/// What the filter form shows: the period chosen (under <see cref="PeriodLegend"/>), the filters applied, and the council's districts to choose from.
/// A view of things as they stand now has no period (<see cref="Snapshot"/>): no legend, no weeks, and no period choice shown.
/// <see cref="PersonFilters"/>: whether to offer the age and funding of the person cared for (not for figures about carers).
/// </summary>
public sealed record CommissionerFilterForm(string? PeriodLegend, int? Weeks, RequestFilters Filters, IReadOnlyList<string> Districts, bool PersonFilters = true)
{
    /// <summary>The filters of a view with no period to choose.</summary>
    public static CommissionerFilterForm Snapshot(RequestFilters filters, IReadOnlyList<string> districts) => new(null, null, filters, districts);
}
