using CareMatch.Matching.Engine.Snapshots;
using CareMatch.Matching.Engine.Taxonomy;
using CareMatch.Matching.Engine.Time;

namespace CareMatch.Matching.Engine.Tests;

/// <summary>
/// Test data: a carer and a request that match on everything, in Leeds, so each test changes
/// only the one thing it is about.
/// </summary>
internal static class Town
{
    public const double Latitude = 53.8000;
    public const double Longitude = -1.5500;

    /// <summary>A Wednesday: the weekly requests below start on Monday 7 April 2025.</summary>
    public static readonly DateOnly Today = new(2025, 4, 2);
    public static readonly DateOnly Monday = new(2025, 4, 7);

    public const int PersonalCare = 1;
    public const int Companionship = 2;
    public const int DementiaCare = 6;
    public const int Hoist = 1;
    public const int PegFeeding = 4;
    public const int English = 0;
    public const int Polish = 1;
    public const int Punjabi = 2;

    /// <summary>Weekdays 07:00–19:00 and Saturday mornings.</summary>
    public static readonly WeekSlots WorkingWeek = WeekSlots.Available(
        Enumerable.Range(1, 5).Select(day => new WeeklyTime((DayOfWeek)day, new TimeOnly(7, 0), new TimeOnly(19, 0)))
            .Append(new WeeklyTime(DayOfWeek.Saturday, new TimeOnly(8, 0), new TimeOnly(12, 0))));

    /// <summary>Tuesday and Thursday, 09:00–10:30.</summary>
    public static readonly WeekSlots TuesdayThursdayMornings = WeekSlots.Needed(
        new WeeklyTime(DayOfWeek.Tuesday, new TimeOnly(9, 0), new TimeOnly(10, 30)),
        new WeeklyTime(DayOfWeek.Thursday, new TimeOnly(9, 0), new TimeOnly(10, 30)));

    public static Guid Id(int n) => new($"00000000-0000-0000-0000-{n:000000000000}");

    /// <summary>A point <paramref name="northKm"/> north and <paramref name="eastKm"/> east of the town centre.</summary>
    public static (double Latitude, double Longitude) Offset(double northKm, double eastKm) =>
        (Latitude + (northKm / 111.195), Longitude + (eastKm / (111.195 * Math.Cos(Latitude * Math.PI / 180))));

    public static CarerSnapshot Carer(int n, double northKm = 0, double eastKm = 0) => Carer(Id(n), northKm, eastKm);

    public static CarerSnapshot Carer(Guid id, double northKm = 0, double eastKm = 0)
    {
        var (latitude, longitude) = Offset(northKm, eastKm);
        return new CarerSnapshot
        {
            CarerId = id,
            Latitude = latitude,
            Longitude = longitude,
            TravelRadiusKm = 10,
            HourlyRatePence = 1800,
            CareTypes = CareTypeSet.Of(PersonalCare, Companionship),
            Skills = SkillSet.Of(Hoist),
            Languages = LanguageSet.Of(English),
            Gender = CarerGender.Female,
            Drives = true,
            WeeklyAvailability = WorkingWeek,
            Verified = true,
            CredentialsValidUntil = new DateOnly(2026, 1, 31),
            RatingSum = 45,
            RatingCount = 10,
            CompletedVisits = 40,
            CarerCancellations = 1,
            MedianReplyMinutes = 30,
        };
    }

    public static MatchRequest Request(double northKm = 0, double eastKm = 0)
    {
        var (latitude, longitude) = Offset(northKm, eastKm);
        return new MatchRequest
        {
            Latitude = latitude,
            Longitude = longitude,
            Schedule = VisitSchedule.Weekly(TuesdayThursdayMornings, Monday),
            RequiredCareTypes = CareTypeSet.Of(PersonalCare),
            RequiredSkills = SkillSet.Of(Hoist),
            RequiredLanguages = LanguageSet.Of(English),
            MaxHourlyRatePence = 2200,
            RecipientId = Id(9000),
        };
    }
}
