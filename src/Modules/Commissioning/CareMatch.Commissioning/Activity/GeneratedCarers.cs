using CareMatch.Needs.Contracts;

namespace CareMatch.Commissioning.Activity;

/// <summary>
/// The carers who give the generated visits (<see cref="GeneratedVisits.CarersPerDistrict"/> in each
/// district, the same ids), so the workforce figures describe the same people: most bookable today,
/// offering personal care and a few other kinds, at £15 to £26 an hour, for 10 to 40 hours a week,
/// first verified at any time over the history or before it.
/// </summary>
internal static class GeneratedCarers
{
    private static readonly CareType[] Others = [CareType.Companionship, CareType.DomesticHelp, CareType.MealPreparation, CareType.MedicationPrompting, CareType.DementiaCare, CareType.SittingRespite];

    public static IEnumerable<CarerFact> For(int seed, IReadOnlyList<string> districts, DateTimeOffset from, DateTimeOffset until)
    {
        var random = new Random(seed);
        var span = (until - from).TotalMinutes;
        foreach (var district in districts)
        {
            for (var number = 0; number < GeneratedVisits.CarersPerDistrict; number++)
            {
                var offers = Others.Where(_ => random.NextDouble() < 0.4).Prepend(CareType.PersonalCare);
                var rate = 1_500 + (random.Next(0, 45) * 25);
                var weeklyMinutes = random.Next(20, 81) * 30;
                // A fifth were verified before the history began; the rest joined during it.
                var verified = random.NextDouble() < 0.2 ? from.AddDays(-random.Next(1, 365)) : from.AddMinutes(random.NextDouble() * span);
                yield return CarerFact.Generated(GeneratedVisits.Carer(district, number), district, offers, rate, weeklyMinutes, bookable: random.NextDouble() < 0.9, verified);
            }
        }
    }
}
