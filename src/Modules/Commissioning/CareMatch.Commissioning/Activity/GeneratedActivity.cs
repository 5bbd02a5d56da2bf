using System.Security.Cryptography;
using System.Text;
using CareMatch.Needs.Contracts;

namespace CareMatch.Commissioning.Activity;

/// <summary>
/// A made-up but lifelike history of requests for an area, for the demo, the tests and the
/// benchmarks: busy and quiet districts; mostly older people; personal care and companionship
/// most asked for; a quarter on personal budgets; most requests booked within days (a few after
/// weeks), given a day or two later, some withdrawn, some still waiting. The same seed gives the
/// same history, ids included, so a second run can tell it has been made.
/// </summary>
internal static class GeneratedActivity
{
    private static readonly CareType[] CommonCare = [CareType.PersonalCare, CareType.PersonalCare, CareType.Companionship, CareType.DomesticHelp, CareType.MealPreparation, CareType.MedicationPrompting];

    private static readonly AgeBand[] Ages = [AgeBand.From18To64, AgeBand.From65To74, AgeBand.From75To84, AgeBand.From75To84, AgeBand.From85, AgeBand.From85];

    /// <summary>The id of the <paramref name="index"/>th request of the history made with <paramref name="seed"/>.</summary>
    public static Guid RequestId(int seed, int index) => IdOf($"carematch-generated-{seed}-{index}");

    /// <summary>The same id for the same text on every machine (not a secret: only a stable name for made-up things).</summary>
    public static Guid IdOf(string text) => new(MD5.HashData(Encoding.UTF8.GetBytes(text)));

    public static IEnumerable<RequestFact> Requests(int seed, IReadOnlyList<string> districts, DateTimeOffset from, DateTimeOffset until, double requestsPerDistrictPerWeek)
    {
        var random = new Random(seed);
        var busyness = districts.ToDictionary(d => d, _ => 0.2 + (random.NextDouble() * 1.8));
        var index = 0;
        for (var day = from; day < until; day = day.AddDays(1))
        {
            foreach (var district in districts)
            {
                var expected = requestsPerDistrictPerWeek / 7 * busyness[district];
                var count = (int)expected + (random.NextDouble() < expected - (int)expected ? 1 : 0);
                for (var i = 0; i < count; i++)
                {
                    var posted = day.AddMinutes(random.Next(7 * 60, 21 * 60));
                    if (posted >= until) continue;
                    var fact = RequestFact.Posted(RequestId(seed, index++), Facts(random, district), posted);
                    Unfold(random, fact, posted, until);
                    Answered(fact, until);
                    if (fact.FirstBookedAt is null && fact.ClosedAt is null) Obstructed(random, fact, until);
                    yield return fact;
                }
            }
        }
    }

    /// <summary>What became of the request by <paramref name="until"/>: booked and given (the care still going, as its visits are made up to today), withdrawn, or still waiting.</summary>
    private static void Unfold(Random random, RequestFact fact, DateTimeOffset posted, DateTimeOffset until)
    {
        var fate = random.NextDouble();
        if (fate < 0.72)
        {
            // Days to a booking: mostly within a few, with a long tail.
            var booked = posted.AddHours(6 + (random.NextDouble() < 0.85 ? random.Next(0, 6 * 24) : random.Next(6 * 24, 40 * 24)));
            if (booked >= until) return;
            fact.Booked(booked);
            var given = booked.AddHours(random.Next(18, 72));
            if (random.NextDouble() < 0.95 && given < until) fact.Delivered(given);
        }
        else if (fate < 0.84)
        {
            var withdrawn = posted.AddDays(random.Next(1, 30));
            if (withdrawn < until) fact.Closed(withdrawn);
        }
    }

    /// <summary>
    /// When a carer first answered: before the booking for a booked request, within a few days for
    /// some of the others. Drawn from the request's own id, so the rest of the history is as it was before answers were made up.
    /// </summary>
    private static void Answered(RequestFact fact, DateTimeOffset until)
    {
        var random = new Random(fact.RequestId.GetHashCode());
        var answered = fact.FirstBookedAt is { } booked
            ? fact.PostedAt + ((booked - fact.PostedAt) * (0.1 + (random.NextDouble() * 0.8)))
            : random.NextDouble() < 0.4 ? fact.PostedAt.AddMinutes(random.Next(30, 72 * 60)) : (DateTimeOffset?)null;
        if (answered is { } at && at < until) fact.Responded(at);
    }

    private static readonly string[] MissedTimes = ["Tuesday mornings", "Saturday evenings", "Sunday mornings", "Monday mornings", "Friday evenings"];

    /// <summary>What Matching would have found last hour for a request still waiting: availability most often, then care not offered, nobody near, the budget.</summary>
    private static void Obstructed(Random random, RequestFact fact, DateTimeOffset until)
    {
        var pick = random.NextDouble();
        var (obstacle, missed) = pick switch
        {
            < 0.35 => ("Availability", MissedTimes[Math.Min(random.Next(MissedTimes.Length), random.Next(MissedTimes.Length))]),
            < 0.55 => ("RequiredCare", null),
            < 0.70 => (Matching.Contracts.OpenRequestMatchChecked.NoCarerNearby, null),
            < 0.80 => ("Budget", null),
            < 0.90 => ("TravelRadius", null),
            _ => ((string?)null, (string?)null),
        };
        fact.MatchChecked(obstacle, missed, until.AddHours(-1));
    }

    private static CareRequestFacts Facts(Random random, string district)
    {
        var care = new HashSet<CareType> { CommonCare[random.Next(CommonCare.Length)] };
        if (random.NextDouble() < 0.4) care.Add(CommonCare[random.Next(CommonCare.Length)]);
        if (random.NextDouble() < 0.12) care.Add(CareType.DementiaCare);
        var hours = random.Next(1, 8);
        var slots = Enumerable.Range(0, hours).Select(d => new CareSlot((DayOfWeek)(d % 7), new TimeOnly(9, 0), new TimeOnly(10, 0))).ToList();
        return new CareRequestFacts(
            "generated",
            new CareRequirements([.. care], [], [], ["English"], GenderPreference.None, null, false, false, false),
            new CareSchedule(ScheduleKind.Weekly, new DateOnly(2026, 1, 5), null, slots, false),
            Ages[random.Next(Ages.Length)], $"{district} 1", district, 0, 0, 2500,
            random.NextDouble() < 0.25 ? FundingSource.PersonalBudget : FundingSource.SelfFunded);
    }
}
