using CareMatch.Matching.Engine.Snapshots;
using CareMatch.Matching.Engine.Taxonomy;
using CareMatch.Matching.Engine.Time;

namespace CareMatch.Matching.Engine.Tests;

/// <summary>
/// Random but seeded carers and requests, dense enough around Leeds that most requests have
/// dozens of carers nearby and every filter removes some. Edges are over-represented on
/// purpose: radii at the cell scale, carers at exactly the same place, tied scores.
/// </summary>
internal static class RandomTown
{
    private static readonly WeekSlots[] Patterns =
    [
        Town.WorkingWeek,
        WeekSlots.Always,
        WeekSlots.Available(Enumerable.Range(0, 7).Select(day => new WeeklyTime((DayOfWeek)day, new(17, 0), new(22, 0)))),
        WeekSlots.Available(new WeeklyTime(DayOfWeek.Saturday, new(0, 0), new(0, 0)), new WeeklyTime(DayOfWeek.Sunday, new(0, 0), new(0, 0))),
        WeekSlots.Available(Enumerable.Range(1, 5).Select(day => new WeeklyTime((DayOfWeek)day, new(6, 0), new(13, 0)))),
    ];

    public static List<CarerSnapshot> Carers(Random random, int count)
    {
        var carers = new List<CarerSnapshot>(count);
        for (var n = 0; n < count; n++)
        {
            // A few carers share a spot, as carers from one postcode sector do.
            var (north, east) = n % 17 == 0 && n > 0 ? (0.0, 0.0) : (random.NextDouble() * 50 - 25, random.NextDouble() * 50 - 25);
            var pattern = Patterns[random.Next(Patterns.Length)];
            if (random.Next(4) == 0) pattern = pattern.Union(WeekSlots.Available(new WeeklyTime((DayOfWeek)random.Next(7), new TimeOnly(random.Next(24), 0), new TimeOnly(random.Next(24), 15 * random.Next(4)))));
            var timeOff = random.Next(5) == 0 ? new List<DateRange> { Range(random) } : [];
            var booked = random.Next(4) == 0 ? new List<TimeInterval> { Visit(random), Visit(random) } : [];
            carers.Add(Town.Carer(new Guid(random.Next(), (short)n, (short)(n >> 16), new byte[8]), north, east) with
            {
                TravelRadiusKm = random.Next(10) == 0 ? random.Next(30, 101) : random.Next(0, 26),
                HourlyRatePence = 1100 + (50 * random.Next(39)),
                CareTypes = new CareTypeSet((ulong)random.Next(1 << 11) << 1 | (1UL << Town.PersonalCare)),
                Skills = new SkillSet((ulong)random.Next(1 << 14)),
                Languages = new LanguageSet(1UL | (ulong)random.Next(8) << 1),
                Gender = (CarerGender)random.Next(4),
                Drives = random.Next(3) > 0,
                WeeklyAvailability = pattern,
                TimeOff = timeOff,
                BookedVisits = booked,
                Verified = random.Next(10) > 0,
                CredentialsValidUntil = random.Next(3) == 0 ? Town.Today.AddDays(random.Next(60)) : null,
                RatingSum = random.Next(3) == 0 ? 0 : random.Next(50, 250),
                RatingCount = random.Next(3) == 0 ? 0 : random.Next(10, 50),
                CompletedVisits = random.Next(4) == 0 ? random.Next(10) : random.Next(200),
                CarerCancellations = random.Next(6),
                MedianReplyMinutes = random.Next(5) == 0 ? null : random.Next(600),
            });
        }

        return carers;
    }

    public static List<MatchRequest> Requests(Random random, IReadOnlyList<CarerSnapshot> carers, int count)
    {
        var requests = new List<MatchRequest>(count);
        for (var n = 0; n < count; n++)
        {
            var schedule = random.Next(3) == 0
                ? OneOff(random)
                : VisitSchedule.Weekly(Enumerable.Range(0, random.Next(1, 4)).Select(_ => new WeeklyTime((DayOfWeek)random.Next(7), new TimeOnly(random.Next(6, 20), 15 * random.Next(4)), new TimeOnly(random.Next(6, 22), 0))), Town.Monday.AddDays(random.Next(-10, 20)), random.Next(3) == 0 ? Town.Monday.AddDays(random.Next(20, 60)) : null);
            var (north, east) = (random.NextDouble() * 60 - 30, random.NextDouble() * 60 - 30);
            requests.Add(Town.Request(north, east) with
            {
                Schedule = schedule,
                RequiredCareTypes = random.Next(2) == 0 ? default : CareTypeSet.Of(random.Next(1, 12)),
                PreferredCareTypes = CareTypeSet.Of(random.Next(1, 12), random.Next(1, 12)),
                RequiredSkills = random.Next(3) == 0 ? SkillSet.Of(random.Next(14)) : default,
                PreferredSkills = SkillSet.Of(random.Next(14)),
                RequiredLanguages = random.Next(8) == 0 ? LanguageSet.Of(random.Next(4)) : LanguageSet.Of(Town.English),
                PreferredLanguages = random.Next(2) == 0 ? LanguageSet.Of(random.Next(4)) : default,
                GenderRequirement = (GenderRequirement)random.Next(3),
                CarerGender = (CarerGender)random.Next(1, 3),
                NeedsDriver = random.Next(4) == 0,
                MaxHourlyRatePence = random.Next(6) == 0 ? null : 1200 + (100 * random.Next(15)),
                BlockedCarerIds = random.Next(3) == 0 ? [carers[random.Next(carers.Count)].CarerId, carers[random.Next(carers.Count)].CarerId] : [],
                PreviousCarerVisits = random.Next(2) == 0
                    ? Enumerable.Range(0, 3).Select(_ => carers[random.Next(carers.Count)].CarerId).Distinct().ToDictionary(id => id, _ => random.Next(1, 15))
                    : new Dictionary<Guid, int>(),
            });
        }

        return requests;
    }

    private static VisitSchedule OneOff(Random random)
    {
        var start = Town.Monday.AddDays(random.Next(20)).ToDateTime(new TimeOnly(random.Next(0, 23), 15 * random.Next(4)));
        return VisitSchedule.OneOff(start, start.AddMinutes(15 * random.Next(1, 60)));
    }

    private static DateRange Range(Random random)
    {
        var from = Town.Monday.AddDays(random.Next(-5, 40));
        return new DateRange(from, from.AddDays(random.Next(0, 10)));
    }

    private static TimeInterval Visit(Random random)
    {
        var start = Town.Monday.AddDays(random.Next(-3, 35)).ToDateTime(new TimeOnly(random.Next(6, 21), 15 * random.Next(4)));
        return new TimeInterval(start, start.AddMinutes(30 * random.Next(1, 8)));
    }
}
