using CareMatch.Matching.Engine.Ranking;

namespace CareMatch.Matching.Engine.Filters;

/// <summary>
/// Applies the hard filters (all but the travel radius, which the spatial scan decides) in
/// the order of <see cref="HardFilter"/>, stopping at the first that fails.
/// </summary>
internal static class HardFilters
{
    /// <summary>
    /// The first filter the carer fails, or None. <paramref name="ignoring"/> skips one filter,
    /// which answers "would this carer qualify but for that?" for the widening suggestions.
    /// </summary>
    public static HardFilter FirstFailure(in CarerView carer, PreparedRequest request, HardFilter ignoring = HardFilter.None)
    {
        if (ignoring != HardFilter.Credentials && !CredentialsFilter.Passes(carer, request)) return HardFilter.Credentials;
        if (ignoring != HardFilter.BlockedBySeeker && !BlockedBySeekerFilter.Passes(carer, request)) return HardFilter.BlockedBySeeker;
        if (ignoring != HardFilter.RequiredCare && !RequiredCareFilter.Passes(carer, request)) return HardFilter.RequiredCare;
        if (ignoring != HardFilter.Gender && !GenderFilter.Passes(carer, request)) return HardFilter.Gender;
        if (ignoring != HardFilter.Language && !LanguageFilter.Passes(carer, request)) return HardFilter.Language;
        if (ignoring != HardFilter.Driver && !DriverFilter.Passes(carer, request)) return HardFilter.Driver;
        if (ignoring != HardFilter.Budget && !BudgetFilter.Passes(carer, request)) return HardFilter.Budget;
        if (ignoring != HardFilter.Availability && !AvailabilityFilter.Passes(carer, request)) return HardFilter.Availability;
        return HardFilter.None;
    }

    /// <summary>Every filter's verdict, for explaining one carer; the travel radius comes from the caller.</summary>
    public static List<FilterVerdict> All(in CarerView carer, PreparedRequest request, double distanceKm, bool withinRadius)
    {
        return
        [
            Verdict(HardFilter.TravelRadius, withinRadius, TravelRadiusFilter.Explain(distanceKm, carer.Row.TravelRadiusKm)),
            Verdict(HardFilter.Credentials, CredentialsFilter.Passes(carer, request), CredentialsFilter.Explain(carer)),
            Verdict(HardFilter.BlockedBySeeker, BlockedBySeekerFilter.Passes(carer, request), BlockedBySeekerFilter.Explain()),
            Verdict(HardFilter.RequiredCare, RequiredCareFilter.Passes(carer, request), RequiredCareFilter.Explain()),
            Verdict(HardFilter.Gender, GenderFilter.Passes(carer, request), GenderFilter.Explain()),
            Verdict(HardFilter.Language, LanguageFilter.Passes(carer, request), LanguageFilter.Explain()),
            Verdict(HardFilter.Driver, DriverFilter.Passes(carer, request), DriverFilter.Explain()),
            Verdict(HardFilter.Budget, BudgetFilter.Passes(carer, request), BudgetFilter.Explain(carer, request)),
            Verdict(HardFilter.Availability, AvailabilityFilter.Passes(carer, request), AvailabilityFilter.Explain(carer, request)),
        ];

        static FilterVerdict Verdict(HardFilter filter, bool passed, string whyNot) => new(filter, passed, passed ? null : whyNot);
    }
}

/// <summary>One filter's verdict on one carer, with the reason when it failed.</summary>
public sealed record FilterVerdict(HardFilter Filter, bool Passed, string? Reason);
