using CareMatch.Matching.Engine.Filters;
using CareMatch.Matching.Engine.Ranking;
using CareMatch.Matching.Engine.Snapshots;
using CareMatch.Matching.Engine.Taxonomy;
using CareMatch.Matching.Engine.Time;

namespace CareMatch.Matching.Engine.Tests;

/// <summary>Every hard filter, each case changing one thing from a carer and request that match.</summary>
public sealed class HardFilterTests
{
    private static readonly CarerMatcher Matcher = new();

    public sealed record Case(string Name, Func<CarerSnapshot, CarerSnapshot> Carer, Func<MatchRequest, MatchRequest> Request, HardFilter Expected)
    {
        public override string ToString() => Name;
    }

    private static CarerSnapshot Same(CarerSnapshot carer) => carer;

    private static MatchRequest Same(MatchRequest request) => request;

    public static TheoryData<Case> Cases => new(AllCases);

    private static readonly Case[] AllCases =
    [
        new("matches on everything", Same, Same, HardFilter.None),

        // Travel radius: the request must be inside the carer's own radius.
        new("9.9 km away, travels 10 km", c => c with { TravelRadiusKm = 10 }, _ => Town.Request(northKm: 9.9), HardFilter.None),
        new("10.1 km away, travels 10 km", c => c with { TravelRadiusKm = 10 }, _ => Town.Request(northKm: 10.1), HardFilter.TravelRadius),
        new("40 km away, travels 30 km", c => c with { TravelRadiusKm = 30 }, _ => Town.Request(eastKm: 40), HardFilter.TravelRadius),
        new("radius above 100 km counts as 100", c => c with { TravelRadiusKm = 500 }, _ => Town.Request(northKm: 101), HardFilter.TravelRadius),

        // Credentials: verified and valid through the first day of care.
        new("not verified", c => c with { Verified = false }, Same, HardFilter.Credentials),
        new("check expires the day before care starts", c => c with { CredentialsValidUntil = Town.Monday.AddDays(-1) }, Same, HardFilter.Credentials),
        new("check expires on the first day (valid through it)", c => c with { CredentialsValidUntil = Town.Monday }, Same, HardFilter.None),
        new("no expiring checks", c => c with { CredentialsValidUntil = null }, Same, HardFilter.None),

        // Blocked by the seeker.
        new("blocked", Same, r => r with { BlockedCarerIds = [Town.Id(1)] }, HardFilter.BlockedBySeeker),
        new("someone else blocked", Same, r => r with { BlockedCarerIds = [Town.Id(2)] }, HardFilter.None),

        // Required care types and skills.
        new("missing a required care type", Same, r => r with { RequiredCareTypes = CareTypeSet.Of(Town.PersonalCare, Town.DementiaCare) }, HardFilter.RequiredCare),
        new("missing a required skill", Same, r => r with { RequiredSkills = SkillSet.Of(Town.Hoist, Town.PegFeeding) }, HardFilter.RequiredCare),
        new("preferred care not offered only ranks", Same, r => r with { PreferredCareTypes = CareTypeSet.Of(Town.DementiaCare) }, HardFilter.None),
        new("nothing required", Same, r => r with { RequiredCareTypes = default, RequiredSkills = default }, HardFilter.None),

        // Gender.
        new("male required, carer female", Same, r => r with { GenderRequirement = GenderRequirement.Required, CarerGender = CarerGender.Male }, HardFilter.Gender),
        new("female required, carer female", Same, r => r with { GenderRequirement = GenderRequirement.Required, CarerGender = CarerGender.Female }, HardFilter.None),
        new("female required, carer did not say", c => c with { Gender = CarerGender.Unknown }, r => r with { GenderRequirement = GenderRequirement.Required, CarerGender = CarerGender.Female }, HardFilter.Gender),
        new("male only preferred", Same, r => r with { GenderRequirement = GenderRequirement.Preferred, CarerGender = CarerGender.Male }, HardFilter.None),

        // Language.
        new("Punjabi required, not spoken", Same, r => r with { RequiredLanguages = LanguageSet.Of(Town.English, Town.Punjabi) }, HardFilter.Language),
        new("Punjabi required and spoken", c => c with { Languages = LanguageSet.Of(Town.English, Town.Punjabi) }, r => r with { RequiredLanguages = LanguageSet.Of(Town.Punjabi) }, HardFilter.None),
        new("Polish only preferred", Same, r => r with { PreferredLanguages = LanguageSet.Of(Town.Polish) }, HardFilter.None),

        // Driver.
        new("needs a driver, carer does not drive", c => c with { Drives = false }, r => r with { NeedsDriver = true }, HardFilter.Driver),
        new("no driver needed, carer does not drive", c => c with { Drives = false }, Same, HardFilter.None),

        // Budget.
        new("rate 1p over budget", c => c with { HourlyRatePence = 2201 }, Same, HardFilter.Budget),
        new("rate exactly the budget", c => c with { HourlyRatePence = 2200 }, Same, HardFilter.None),
        new("no budget", c => c with { HourlyRatePence = 9900 }, r => r with { MaxHourlyRatePence = null }, HardFilter.None),

        // Availability: weekly pattern.
        new("works only afternoons", c => c with { WeeklyAvailability = WeekSlots.Available(new WeeklyTime(DayOfWeek.Tuesday, new(12, 0), new(18, 0)), new WeeklyTime(DayOfWeek.Thursday, new(12, 0), new(18, 0))) }, Same, HardFilter.Availability),
        new("free Tuesday but not Thursday", c => c with { WeeklyAvailability = WeekSlots.Available(new WeeklyTime(DayOfWeek.Tuesday, new(9, 0), new(11, 0))) }, Same, HardFilter.Availability),
        new("free until 10:15, visit ends 10:30", c => c with { WeeklyAvailability = WeekSlots.Available(new WeeklyTime(DayOfWeek.Tuesday, new(9, 0), new(10, 15)), new WeeklyTime(DayOfWeek.Thursday, new(9, 0), new(10, 30))) }, Same, HardFilter.Availability),
        new("free exactly the visit times", c => c with { WeeklyAvailability = Town.TuesdayThursdayMornings }, Same, HardFilter.None),

        // Availability: time off and booked visits inside the commitment window (4 weeks from the start).
        new("holiday covering the first Tuesday", c => c with { TimeOff = [new(Town.Monday, Town.Monday.AddDays(1))] }, Same, HardFilter.Availability),
        new("holiday in week 4", c => c with { TimeOff = [new(Town.Monday.AddDays(24), Town.Monday.AddDays(24))] }, Same, HardFilter.Availability),
        new("holiday after the commitment window", c => c with { TimeOff = [new(Town.Monday.AddDays(28), Town.Monday.AddDays(40))] }, Same, HardFilter.None),
        new("holiday before care starts", c => c with { TimeOff = [new(Town.Today, Town.Monday.AddDays(-1))] }, Same, HardFilter.None),
        new("holiday on a Wednesday only", c => c with { TimeOff = [new(Town.Monday.AddDays(2), Town.Monday.AddDays(2))] }, Same, HardFilter.None),
        new("weekly care ending before a later holiday", c => c with { TimeOff = [new(Town.Monday.AddDays(14), Town.Monday.AddDays(20))] }, r => r with { Schedule = VisitSchedule.Weekly(Town.TuesdayThursdayMornings, Town.Monday, Town.Monday.AddDays(13)) }, HardFilter.None),
        new("visit booked Thursday 10:00–11:00 in week 2", c => c with { BookedVisits = [new(At(Town.Monday.AddDays(10), 10, 0), At(Town.Monday.AddDays(10), 11, 0))] }, Same, HardFilter.Availability),
        new("visit booked Thursday 10:30–11:30 (right after)", c => c with { BookedVisits = [new(At(Town.Monday.AddDays(3), 10, 30), At(Town.Monday.AddDays(3), 11, 30))] }, Same, HardFilter.None),

        // Availability: one-off visits.
        new("one-off on a free Wednesday", Same, r => r with { Schedule = VisitSchedule.OneOff(At(Town.Monday.AddDays(2), 14, 0), At(Town.Monday.AddDays(2), 16, 0)) }, HardFilter.None),
        new("one-off on a Sunday the carer never works", Same, r => r with { Schedule = VisitSchedule.OneOff(At(Town.Monday.AddDays(6), 14, 0), At(Town.Monday.AddDays(6), 16, 0)) }, HardFilter.Availability),
        new("one-off clashing with a booked visit", c => c with { BookedVisits = [new(At(Town.Monday.AddDays(2), 15, 0), At(Town.Monday.AddDays(2), 17, 0))] }, r => r with { Schedule = VisitSchedule.OneOff(At(Town.Monday.AddDays(2), 14, 0), At(Town.Monday.AddDays(2), 16, 0)) }, HardFilter.Availability),
        new("one-off a week after a booked visit at the same time", c => c with { BookedVisits = [new(At(Town.Monday.AddDays(2), 14, 0), At(Town.Monday.AddDays(2), 16, 0))] }, r => r with { Schedule = VisitSchedule.OneOff(At(Town.Monday.AddDays(9), 14, 0), At(Town.Monday.AddDays(9), 16, 0)) }, HardFilter.None),
        new("overnight one-off, carer works days only", Same, r => r with { Schedule = VisitSchedule.OneOff(At(Town.Monday.AddDays(2), 22, 0), At(Town.Monday.AddDays(3), 7, 0)) }, HardFilter.Availability),
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public void First_failing_filter_is_the_expected_one(Case @case)
    {
        var evaluation = Matcher.Explain(@case.Carer(Town.Carer(1)), @case.Request(Town.Request()), Town.Today);

        Assert.Equal(@case.Expected, evaluation.FirstFailure);
        Assert.Equal(@case.Expected == HardFilter.None, evaluation.Eligible);
        if (@case.Expected != HardFilter.None)
        {
            Assert.False(string.IsNullOrWhiteSpace(evaluation.Filters.Single(verdict => verdict.Filter == @case.Expected).Reason));
        }
    }

    [Fact]
    public void Every_filter_has_a_case_that_removes_a_carer()
    {
        var covered = AllCases.Select(@case => @case.Expected).ToHashSet();

        Assert.All(Enum.GetValues<HardFilter>(), filter => Assert.Contains(filter, covered));
    }

    [Fact]
    public void Reasons_say_what_failed_in_words()
    {
        var carer = Town.Carer(1) with { HourlyRatePence = 2450, TravelRadiusKm = 5, WeeklyAvailability = WeekSlots.Empty };

        var evaluation = Matcher.Explain(carer, Town.Request(northKm: 7), Town.Today);
        string? Reason(HardFilter filter) => evaluation.Filters.Single(verdict => verdict.Filter == filter).Reason;

        Assert.Equal("Lives 7.0 km away and travels up to 5 km", Reason(HardFilter.TravelRadius));
        Assert.Equal("Charges £24.50 an hour, above your £22", Reason(HardFilter.Budget));
        Assert.Equal("Not free on Tuesday morning and 1 other time", Reason(HardFilter.Availability));
        Assert.Null(Reason(HardFilter.Language));
    }

    private static DateTime At(DateOnly date, int hour, int minute) => date.ToDateTime(new TimeOnly(hour, minute));
}
