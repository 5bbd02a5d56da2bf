using System.Globalization;
using CareMatch.Matching.Engine.Snapshots;
using CareMatch.Matching.Engine.Taxonomy;
using CareMatch.Matching.Engine.Time;

namespace CareMatch.Benchmarks;

/// <summary>
/// Carers and requests spread like the UK population: a postcode sector is drawn with
/// probability proportional to its number of postcodes, then the point is jittered up to a
/// kilometre from its centroid. Profiles follow the shapes the product expects (radii mostly
/// 5–30 km, rates £11–£30, a few dozen common working weeks with variations, some time off
/// and booked visits, most carers verified and rated). Seeded, so every run sees the same town.
/// </summary>
internal sealed class SyntheticPopulation
{
    public static readonly DateOnly Today = new(2025, 4, 2);

    private readonly double[] _latitudes;
    private readonly double[] _longitudes;
    private readonly long[] _cumulativePostcodes;
    private readonly WeekSlots[] _weeks;

    public SyntheticPopulation()
    {
        var latitudes = new List<double>();
        var longitudes = new List<double>();
        var cumulative = new List<long>();
        using var stream = typeof(SyntheticPopulation).Assembly.GetManifestResourceStream("uk-postcode-sectors.csv")
            ?? throw new InvalidOperationException("The postcode sector table is not embedded.");
        using var reader = new StreamReader(stream);
        reader.ReadLine();
        long total = 0;
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split(',');
            latitudes.Add(double.Parse(fields[1], CultureInfo.InvariantCulture));
            longitudes.Add(double.Parse(fields[2], CultureInfo.InvariantCulture));
            total += long.Parse(fields[3], CultureInfo.InvariantCulture);
            cumulative.Add(total);
        }

        _latitudes = [.. latitudes];
        _longitudes = [.. longitudes];
        _cumulativePostcodes = [.. cumulative];
        _weeks = CommonWeeks();
    }

    public List<CarerSnapshot> Carers(int count, int seed = 1)
    {
        var random = new Random(seed);
        var carers = new List<CarerSnapshot>(count);
        for (var n = 0; n < count; n++)
        {
            var (latitude, longitude) = Place(random);
            var rated = random.NextDouble() < 0.7;
            var ratingCount = rated ? 1 + (int)(80 * random.NextDouble() * random.NextDouble()) : 0;
            carers.Add(new CarerSnapshot
            {
                CarerId = new Guid(n, (short)random.Next(short.MaxValue), (short)random.Next(short.MaxValue), new byte[8]),
                Latitude = latitude,
                Longitude = longitude,
                TravelRadiusKm = Radius(random),
                HourlyRatePence = 1100 + (int)(1900 * Math.Pow(random.NextDouble(), 1.6)) / 10 * 10,
                CareTypes = new CareTypeSet(SomeOf(random, 11, 3, 8, alwaysFirst: true) << 1),
                Skills = new SkillSet(SomeOf(random, 14, 1, 6, alwaysFirst: false) << 1),
                Languages = new LanguageSet((random.NextDouble() < 0.97 ? 1UL : 0) | (random.NextDouble() < 0.15 ? 1UL << random.Next(1, 12) : 0) | (random.NextDouble() < 0.03 ? 1UL : 0)),
                Gender = random.NextDouble() switch { < 0.80 => CarerGender.Female, < 0.98 => CarerGender.Male, < 0.99 => CarerGender.NonBinary, _ => CarerGender.Unknown },
                Drives = random.NextDouble() < 0.7,
                WeeklyAvailability = Week(random),
                TimeOff = random.NextDouble() < 0.1 ? [TimeOff(random)] : [],
                BookedVisits = random.NextDouble() < 0.3 ? Booked(random) : [],
                Verified = random.NextDouble() < 0.92,
                CredentialsValidUntil = random.NextDouble() < 0.1 ? Today.AddDays(random.Next(0, 60)) : Today.AddDays(random.Next(60, 900)),
                RatingCount = ratingCount,
                RatingSum = rated ? (int)Math.Round(ratingCount * (3.8 + (1.2 * random.NextDouble()))) : 0,
                CompletedVisits = random.NextDouble() < 0.2 ? random.Next(10) : random.Next(10, 500),
                CarerCancellations = random.NextDouble() < 0.6 ? 0 : random.Next(1, 6),
                MedianReplyMinutes = random.NextDouble() < 0.8 ? random.Next(5, 600) : null,
            });
        }

        return carers;
    }

    public List<MatchRequest> Requests(int count, int seed = 2)
    {
        var random = new Random(seed);
        var requests = new List<MatchRequest>(count);
        for (var n = 0; n < count; n++)
        {
            var (latitude, longitude) = Place(random);
            var gender = random.NextDouble() switch { < 0.7 => GenderRequirement.None, < 0.85 => GenderRequirement.Preferred, _ => GenderRequirement.Required };
            requests.Add(new MatchRequest
            {
                Latitude = latitude,
                Longitude = longitude,
                Schedule = random.NextDouble() < 0.8 ? WeeklySchedule(random) : OneOff(random),
                RequiredCareTypes = new CareTypeSet(1UL << (random.NextDouble() < 0.6 ? 1 : random.Next(1, 12))),
                PreferredCareTypes = random.NextDouble() < 0.5 ? new CareTypeSet(1UL << random.Next(1, 12)) : default,
                RequiredSkills = random.NextDouble() < 0.3 ? new SkillSet(1UL << random.Next(1, 15)) : default,
                PreferredSkills = random.NextDouble() < 0.4 ? new SkillSet(1UL << random.Next(1, 15)) : default,
                RequiredLanguages = random.NextDouble() < 0.95 ? new LanguageSet(1) : new LanguageSet(1UL << random.Next(1, 12)),
                PreferredLanguages = random.NextDouble() < 0.1 ? new LanguageSet(1UL << random.Next(1, 12)) : default,
                GenderRequirement = gender,
                CarerGender = random.NextDouble() < 0.85 ? CarerGender.Female : CarerGender.Male,
                NeedsDriver = random.NextDouble() < 0.2,
                MaxHourlyRatePence = random.NextDouble() < 0.9 ? 1500 + (random.Next(27) * 50) : null,
                RecipientId = new Guid(n, 1, 1, new byte[8]),
                PreviousCarerVisits = random.NextDouble() < 0.3 ? new Dictionary<Guid, int> { [new Guid(random.Next(), 0, 0, new byte[8])] = random.Next(1, 30) } : new Dictionary<Guid, int>(),
                BlockedCarerIds = random.NextDouble() < 0.1 ? [new Guid(random.Next(), 0, 0, new byte[8])] : [],
            });
        }

        return requests;
    }

    private (double Latitude, double Longitude) Place(Random random)
    {
        var pick = (long)(random.NextDouble() * _cumulativePostcodes[^1]);
        var sector = Array.BinarySearch(_cumulativePostcodes, pick + 1);
        if (sector < 0) sector = ~sector;
        var km = Math.Sqrt(random.NextDouble());
        var angle = random.NextDouble() * 2 * Math.PI;
        var latitude = _latitudes[sector] + (km * Math.Cos(angle) / 111.2);
        var longitude = _longitudes[sector] + (km * Math.Sin(angle) / (111.2 * Math.Cos(latitude * Math.PI / 180)));
        return (latitude, longitude);
    }

    private static int Radius(Random random) => random.NextDouble() switch
    {
        < 0.08 => random.Next(2, 5),
        < 0.78 => random.Next(5, 16),
        < 0.98 => random.Next(16, 31),
        _ => random.Next(31, 61),
    };

    private static ulong SomeOf(Random random, int members, int least, int most, bool alwaysFirst)
    {
        var bits = alwaysFirst ? 1UL : 0;
        var wanted = random.Next(least, most + 1);
        while (ulong.PopCount(bits) < (ulong)wanted) bits |= 1UL << (random.NextDouble() < 0.5 ? random.Next(Math.Min(4, members)) : random.Next(members));
        return bits;
    }

    private WeekSlots Week(Random random)
    {
        var week = _weeks[(int)(_weeks.Length * random.NextDouble() * random.NextDouble())];
        if (random.NextDouble() < 0.3)
        {
            // A personal variation: one extra block, from a small set of usual times.
            var start = new TimeOnly(6 + (2 * random.Next(8)), 0);
            week = week.Union(WeekSlots.Available(new WeeklyTime((DayOfWeek)random.Next(7), start, start.AddHours(2 + random.Next(4)))));
        }

        return week;
    }

    /// <summary>Forty-odd working weeks people actually keep: full days, school hours, mornings, evenings, weekends, nights.</summary>
    private static WeekSlots[] CommonWeeks()
    {
        var weekdays = new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday };
        var weekend = new[] { DayOfWeek.Saturday, DayOfWeek.Sunday };
        var all = weekdays.Concat(weekend).ToArray();
        var shapes = new List<(DayOfWeek[] Days, int From, int To)>
        {
            (weekdays, 7, 19), (weekdays, 8, 18), (weekdays, 9, 17), (weekdays, 9, 15), (weekdays, 7, 13), (weekdays, 12, 20),
            (weekdays, 17, 22), (all, 7, 22), (all, 7, 13), (all, 16, 22), (weekend, 8, 20), (weekend, 7, 13), (all, 22, 7),
            (weekdays, 22, 7), ([DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday], 8, 16),
            ([DayOfWeek.Tuesday, DayOfWeek.Thursday], 8, 18), ([DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Saturday], 9, 17),
        };
        var weeks = shapes.Select(shape => WeekSlots.Available(shape.Days.Select(day => new WeeklyTime(day, new TimeOnly(shape.From, 0), new TimeOnly(shape.To, 0))))).ToList();
        foreach (var (first, second) in new[] { (0, 11), (3, 9), (4, 8), (6, 10), (2, 11), (5, 12), (1, 10), (4, 9) })
        {
            weeks.Add(weeks[first].Union(weeks[second]));
        }

        return [.. weeks];
    }

    private static DateRange TimeOff(Random random)
    {
        var from = Today.AddDays(random.Next(0, 60));
        return new DateRange(from, from.AddDays(random.Next(0, 14)));
    }

    private static List<TimeInterval> Booked(Random random)
    {
        var visits = new List<TimeInterval>();
        for (var i = random.Next(2, 9); i > 0; i--)
        {
            var start = Today.AddDays(random.Next(0, 35)).ToDateTime(new TimeOnly(random.Next(7, 20), 15 * random.Next(4)));
            visits.Add(new TimeInterval(start, start.AddMinutes(30 * random.Next(1, 5))));
        }

        return visits;
    }

    private static VisitSchedule WeeklySchedule(Random random)
    {
        // Typical packages: a morning call, a lunch call, an evening call, on some or all days.
        var calls = new[] { (8, 0, 9, 0), (12, 0, 12, 45), (17, 30, 18, 15), (10, 0, 13, 0), (19, 0, 21, 0) };
        var days = random.NextDouble() < 0.4 ? 7 : random.Next(1, 4);
        var times = new List<WeeklyTime>();
        var call = calls[random.Next(calls.Length)];
        var firstDay = random.Next(7);
        for (var d = 0; d < days; d++)
        {
            times.Add(new WeeklyTime((DayOfWeek)((firstDay + (d * 2)) % 7), new TimeOnly(call.Item1, call.Item2), new TimeOnly(call.Item3, call.Item4)));
        }

        return VisitSchedule.Weekly(times, Today.AddDays(random.Next(1, 15)), random.NextDouble() < 0.2 ? Today.AddDays(random.Next(20, 120)) : null);
    }

    private static VisitSchedule OneOff(Random random)
    {
        var start = Today.AddDays(random.Next(1, 21)).ToDateTime(new TimeOnly(random.Next(8, 19), 15 * random.Next(4)));
        return VisitSchedule.OneOff(start, start.AddHours(random.Next(1, 4)));
    }
}
