using CareMatch.Matching.Contracts;
using CareMatch.Matching.Engine.Ranking;
using CareMatch.Matching.Persistence;
using CareMatch.SharedKernel.Outbox;

namespace CareMatch.Matching.OpenRequests;

/// <summary>
/// What stands between an open request and a carer, from the engine's own filter summary: nobody
/// near; or, when nobody could take it, the rule that turned away most of those near (the first
/// in the engine's order on a tie). Told to other modules only when it changes, so an hourly
/// re-match of a long-waiting request does not repeat itself.
/// </summary>
internal static class OpenRequestObstacles
{
    public static OpenRequestMatchChecked Of(Guid requestId, MatchResult result)
    {
        var summary = result.Summary;
        if (summary.Nearby == 0) return new OpenRequestMatchChecked(requestId, 0, 0, OpenRequestMatchChecked.NoCarerNearby, null);
        if (summary.Eligible > 0 || summary.Removed.Count == 0) return new OpenRequestMatchChecked(requestId, summary.Nearby, summary.Eligible, null, null);
        var main = summary.Removed.OrderByDescending(r => r.Count).ThenBy(r => r.Filter).First();
        return new OpenRequestMatchChecked(requestId, summary.Nearby, 0, main.Filter.ToString(), main.MostOftenMissed?.Describe(plural: true));
    }

    /// <summary>Adds the event to Matching's outbox when it says something new about the request.</summary>
    public static bool PublishIfChanged(MatchingDbContext db, TrackedRequest tracked, OpenRequestMatchChecked check, DateTimeOffset now)
    {
        var said = $"{check.CarersEligible > 0}|{check.Obstacle}|{check.MostOftenMissed}";
        if (tracked.LastMatchCheck == said) return false;
        tracked.MatchChecked(said);
        db.AddIntegrationEvent(check with { OccurredAt = now });
        return true;
    }
}
