using CareMatch.Needs.Contracts;
using CareMatch.Providers.Contracts;
using CareMatch.SharedKernel.Input;
using CareMatch.SharedKernel.Values;

namespace CareMatch.Web.Infrastructure.Demo;

/// <summary>
/// What each demo carer offers: a spread of care types, skills, rates, radii and weekly
/// availability, the same for the same carer number on every run.
/// </summary>
public static class DemoCarerProfiles
{
    private static readonly CareType[] CareTypes = Enum.GetValues<CareType>();
    private static readonly CareSkill[] Skills = Enum.GetValues<CareSkill>();
    private static readonly string[] SecondLanguages = ["Urdu", "Punjabi", "Polish", "Arabic", "Bengali", "Romanian", "Gujarati"];

    public static UpdateMyCarerDetails Details(int number)
    {
        var random = new Random(number * 7919);
        var careTypes = CareTypes.Where((_, i) => i == 0 || random.NextDouble() < 0.45).ToList();
        var skills = Skills.Where(_ => random.NextDouble() < 0.3).ToList();
        var languages = random.NextDouble() < 0.35 ? $"English, {SecondLanguages[random.Next(SecondLanguages.Length)]}" : "English";
        var ratePence = 1150 + random.Next(0, 26) * 50;
        return new UpdateMyCarerDetails(
            Bio: $"I have worked in care for {2 + random.Next(15)} years, in people's own homes across Leeds.",
            TravelRadiusKm: WholeNumberInput.Write(3 + random.Next(0, 18)),
            CareTypes: careTypes,
            Skills: skills,
            Qualifications: random.NextDouble() < 0.6 ? "Level 3 Diploma in Adult Care" : "Care Certificate",
            Languages: languages,
            Gender: random.NextDouble() < 0.75 ? CarerGender.Female : CarerGender.Male,
            Drives: random.NextDouble() < 0.6,
            HourlyRate: PoundsInput.Write(new Money(ratePence)));
    }

    /// <summary>Mornings, afternoons or evenings on three to six weekdays.</summary>
    public static SetMyAvailability Availability(int number)
    {
        var random = new Random(number * 104729);
        var (start, end) = (random.Next(3)) switch
        {
            0 => ("07:00", "12:00"),
            1 => ("12:00", "17:00"),
            _ => ("16:00", "21:00"),
        };
        var days = Enum.GetValues<DayOfWeek>().OrderBy(_ => random.Next()).Take(3 + random.Next(4)).Order().ToList();
        return new SetMyAvailability(
            days.Select(day => new WeeklySlotFields(day.ToString(), start, end)).ToList(),
            []);
    }
}
