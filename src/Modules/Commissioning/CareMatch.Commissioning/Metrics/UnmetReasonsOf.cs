using CareMatch.Commissioning.Activity;
using CareMatch.Commissioning.Contracts;
using CareMatch.Matching.Contracts;

namespace CareMatch.Commissioning.Metrics;

/// <summary>
/// Why requests wait, from what Matching last found for each (<see cref="OpenRequestMatchChecked"/>):
/// no carer near; or, when no carer could take it, the rule that turned away most of those near;
/// or carers could take it and nobody has been booked; or Matching has not looked yet. The reasons
/// add up to the requests counted, so they are suppressed together (<see cref="SecondarySuppression"/>).
/// </summary>
internal static class UnmetReasonsOf
{
    private const string CouldBeTaken = "CouldBeTaken";
    private const string NotLookedAt = "NotLookedAt";

    /// <summary>Every reason in the order the page lists them, with its words.</summary>
    private static readonly (string Key, string Words)[] Reasons =
    [
        (OpenRequestMatchChecked.NoCarerNearby, "No carer works this far"),
        ("TravelRadius", "Carers nearby, but just beyond the distance they travel"),
        ("RequiredCare", "No carer nearby offers the care or skills needed"),
        ("Availability", "No carer nearby is free at the times asked"),
        ("Budget", "Carers nearby charge more than the budget"),
        ("Language", "No carer nearby speaks the language needed"),
        ("Gender", "No carer nearby of the gender asked for"),
        ("Driver", "No carer nearby drives, and a driver is needed"),
        ("Credentials", "Carers nearby are not verified for it yet"),
        ("BlockedBySeeker", "The family has turned down the carers nearby"),
        (CouldBeTaken, "Carers could take it, but none has been booked yet"),
        (NotLookedAt, "Not looked at by the matching engine yet"),
    ];

    public static IReadOnlyList<UnmetReason> Of(IReadOnlyCollection<RequestFact> waiting)
    {
        var byReason = waiting.ToLookup(Key);
        var rows = Reasons.Where(r => byReason[r.Key].Any()).ToList();
        var hidden = SecondarySuppression.Hidden([.. rows.Select(r => byReason[r.Key].Count())]);
        return
        [
            .. rows.Select((reason, i) => new UnmetReason(
                reason.Words,
                new PublishedCount(hidden[i] ? null : byReason[reason.Key].Count()),
                hidden[i] ? null : MostOftenMissed(byReason[reason.Key]))),
        ];
    }

    /// <summary>A reason Matching gave that this list does not know yet is counted as not looked at, rather than lost from the total.</summary>
    private static string Key(RequestFact request) =>
        request.MatchCheckedAt is null ? NotLookedAt
        : request.Obstacle is null ? CouldBeTaken
        : Reasons.Any(r => r.Key == request.Obstacle) ? request.Obstacle
        : NotLookedAt;

    private static string? MostOftenMissed(IEnumerable<RequestFact> requests) =>
        requests.Where(r => r.MostOftenMissed is not null).GroupBy(r => r.MostOftenMissed!)
            .Where(g => !SmallNumbers.IsSmall(g.Count())).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).FirstOrDefault();
}
