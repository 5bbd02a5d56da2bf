using CareMatch.Matching.Contracts;
using CareMatch.Matching.Jobs;
using CareMatch.Needs.Contracts;

namespace CareMatch.Matching.Alerts;

/// <summary>An alert as a carer reads it: the request's public facts only.</summary>
internal static class JobAlertView
{
    public static JobAlert Of(SentJobAlert alert, CareRequestFacts facts) => new(
        alert.RequestId,
        [.. facts.Requirements.CareTypes.Select(CareTaxonomy.Describe)],
        facts.Sector,
        JobWhen.Of(facts.When),
        facts.MaxHourlyRatePence,
        alert.SentAt,
        alert.SeenAt is not null);
}
