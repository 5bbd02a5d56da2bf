using CareMatch.Needs.Contracts;
using CareMatch.Needs.Requests;

namespace CareMatch.Needs.Input;

/// <summary>
/// Turns a request as typed into a <see cref="CareRequestSpec"/>, once <see cref="CareRequestDetailsValidator"/>
/// has refused anything wrong with it (with every problem at its field), so nothing here can fail on input.
/// </summary>
internal sealed class CareRequestReader(PlaceReader places)
{
    public const int MaxFirstNameLength = 50;
    public const int MaxNotesLength = 2000;
    public const int MaxLanguages = 5;
    public const int MaxLanguageLength = 40;

    public CareRequestSpec Read(CareRequestDetails input)
    {
        var schedule = ScheduleReader.Read(input);
        return new CareRequestSpec(
            input.RecipientFirstName!.Trim(), input.RecipientAgeBand!.Value, input.RecipientRelationship!.Value, Notes(input.CareNotes),
            [.. input.CareTypes.Distinct()], [.. input.RequiredSkills.Distinct()], [.. input.PreferredSkills.Distinct()], Languages(input.Languages),
            input.GenderPreference, input.GenderPreference == GenderPreference.None ? null : input.CarerGender,
            input.NeedsDriver, input.HasPets, input.SmokingInHome,
            schedule.Kind, schedule.StartDate, schedule.EndDate, schedule.Slots, input.Urgent,
            places.Read(input), RateReader.Read(input.HourlyRate).Expect().Pence, input.Funding!.Value);
    }

    public static string? Notes(string? typed) => string.IsNullOrWhiteSpace(typed) ? null : typed.Trim();

    /// <summary>Languages as typed, separated by commas or semicolons, each once.</summary>
    public static List<string> Languages(string? text) =>
        [.. (text ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase)];
}
