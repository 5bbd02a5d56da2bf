using CareMatch.Matching.Engine.Ranking;
using CareMatch.Matching.Engine.Snapshots;

namespace CareMatch.Matching.Engine.Filters;

/// <summary>
/// Applies the hard filters (all but the travel radius, which the spatial scan decides) in
/// the order of <see cref="HardFilter"/>, stopping at the first that fails.
/// </summary>
internal static class HardFilters
{
    /// <summary>
    /// The first filter after <paramref name="after"/> the carer fails, or None. Asking again
    /// after the first failure answers "would this carer qualify but for that one rule?" for
    /// the widening suggestions, without re-running the rules already passed.
    /// </summary>
    public static HardFilter FirstFailure(in CarerView carer, PreparedRequest request, HardFilter after = HardFilter.None)
    {
        if (after < HardFilter.Credentials && !CredentialsFilter.Passes(carer, request)) return HardFilter.Credentials;
        if (after < HardFilter.BlockedBySeeker && !BlockedBySeekerFilter.Passes(carer, request)) return HardFilter.BlockedBySeeker;
        if (after < HardFilter.RequiredCare && !RequiredCareFilter.Passes(carer, request)) return HardFilter.RequiredCare;
        if (after < HardFilter.Gender && !GenderFilter.Passes(carer, request)) return HardFilter.Gender;
        if (after < HardFilter.Language && !LanguageFilter.Passes(carer, request)) return HardFilter.Language;
        if (after < HardFilter.Driver && !DriverFilter.Passes(carer, request)) return HardFilter.Driver;
        if (after < HardFilter.Budget && !BudgetFilter.Passes(carer, request)) return HardFilter.Budget;
        if (after < HardFilter.Availability && !AvailabilityFilter.Passes(carer, request)) return HardFilter.Availability;
        return HardFilter.None;
    }

    /// <summary>Every filter's verdict, for explaining one carer; the travel radius comes from the caller.</summary>
    public static List<FilterVerdict> All(in CarerView carer, PreparedRequest request, double distanceKm, bool withinRadius)
    {
        var verdicts = new List<FilterVerdict>(9);
        verdicts.Add(new(HardFilter.TravelRadius, withinRadius, withinRadius ? null : TravelRadiusFilter.Explain(distanceKm, carer.Row.TravelRadiusKm)));
        var passed = CredentialsFilter.Passes(carer, request);
        verdicts.Add(new(HardFilter.Credentials, passed, passed ? null : CredentialsFilter.Explain(carer)));
        passed = BlockedBySeekerFilter.Passes(carer, request);
        verdicts.Add(new(HardFilter.BlockedBySeeker, passed, passed ? null : BlockedBySeekerFilter.Explain()));
        passed = RequiredCareFilter.Passes(carer, request);
        verdicts.Add(new(HardFilter.RequiredCare, passed, passed ? null : RequiredCareFilter.Explain()));
        passed = GenderFilter.Passes(carer, request);
        verdicts.Add(new(HardFilter.Gender, passed, passed ? null : GenderFilter.Explain()));
        passed = LanguageFilter.Passes(carer, request);
        verdicts.Add(new(HardFilter.Language, passed, passed ? null : LanguageFilter.Explain()));
        passed = DriverFilter.Passes(carer, request);
        verdicts.Add(new(HardFilter.Driver, passed, passed ? null : DriverFilter.Explain()));
        passed = BudgetFilter.Passes(carer, request);
        verdicts.Add(new(HardFilter.Budget, passed, passed ? null : BudgetFilter.Explain(carer, request)));
        passed = AvailabilityFilter.Passes(carer, request);
        verdicts.Add(new(HardFilter.Availability, passed, passed ? null : AvailabilityFilter.Explain(carer, request)));
        return verdicts;
    }
}
