using CareMatch.Commissioning.Activity;
using CareMatch.Commissioning.Persistence;
using CareMatch.Needs.Contracts;

namespace CareMatch.Commissioning.Metrics;

/// <summary>The requests in a commissioner's scope (their districts, or the one chosen, and the filters), as a query the database runs.</summary>
internal static class ScopedRequests
{
    public static IQueryable<RequestFact> In(CommissioningDbContext db, CommissionerScope scope)
    {
        var inArea = scope.InArea;
        var requests = db.RequestFacts.Where(r => inArea.Contains(r.District));
        if (scope.Filters.AgeBand is { } age)
        {
            var band = Enum.Parse<AgeBand>(age);
            requests = requests.Where(r => r.AgeBand == band);
        }
        if (scope.Filters.Funding is { } funding)
        {
            var source = Enum.Parse<FundingSource>(funding);
            requests = requests.Where(r => r.Funding == source);
        }
        if (scope.Filters.CareType is { } care)
        {
            // The kinds are stored comma-separated: matching with the commas either side finds the whole name only.
            var token = "," + care + ",";
            requests = requests.Where(r => ("," + r.CareTypes + ",").Contains(token));
        }
        return requests;
    }
}
