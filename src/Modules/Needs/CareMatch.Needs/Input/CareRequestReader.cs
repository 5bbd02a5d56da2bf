using CareMatch.Needs.Contracts;
using CareMatch.Needs.Requests;
using CareMatch.SharedKernel.Time;

namespace CareMatch.Needs.Input;

/// <summary>
/// Turns a request as typed into a checked <see cref="CareRequestSpec"/>, or refuses it with every
/// problem at its field. One pass over the whole form, so nothing is saved unless all of it is right.
/// </summary>
internal sealed class CareRequestReader(PlaceReader places, IClock clock)
{
    private const int MaxFirstNameLength = 50;
    private const int MaxNotesLength = 2000;
    private const int MaxLanguages = 5;
    private const int MaxLanguageLength = 40;

    public CareRequestSpec Read(CareRequestDetails input)
    {
        var errors = new FieldErrors();
        var firstName = input.RecipientFirstName?.Trim();
        if (string.IsNullOrEmpty(firstName)) errors.Add(nameof(input.RecipientFirstName), "Enter the first name of the person who needs care");
        else if (firstName.Length > MaxFirstNameLength) errors.Add(nameof(input.RecipientFirstName), $"First name must be {MaxFirstNameLength} characters or fewer");
        if (input.RecipientRelationship is null) errors.Add(nameof(input.RecipientRelationship), "Select who the care is for");
        if (input.RecipientAgeBand is null) errors.Add(nameof(input.RecipientAgeBand), "Select their age");
        var notes = string.IsNullOrWhiteSpace(input.CareNotes) ? null : input.CareNotes.Trim();
        if (notes?.Length > MaxNotesLength) errors.Add(nameof(input.CareNotes), "Care notes must be 2,000 characters or fewer");

        if (input.CareTypes.Count == 0) errors.Add(nameof(input.CareTypes), "Select at least one kind of care");
        if (input.RequiredSkills.Intersect(input.PreferredSkills).Any())
        {
            errors.Add(nameof(input.PreferredSkills), "A skill can be required or preferred, not both");
        }
        var languages = ReadLanguages(input.Languages, errors);
        if (input.GenderPreference != GenderPreference.None && input.CarerGender is null)
        {
            errors.Add(nameof(input.CarerGender), "Select the carer's gender you need or prefer");
        }

        var schedule = ScheduleReader.Read(input, UkCalendar.Today(clock), errors);
        var place = places.Read(input, errors);
        var rate = RateReader.Read(input, errors);
        if (input.Funding is null) errors.Add(nameof(input.Funding), "Select how the care will be paid for");
        errors.ThrowIfAny();

        return new CareRequestSpec(
            firstName!, input.RecipientAgeBand!.Value, input.RecipientRelationship!.Value, notes,
            [.. input.CareTypes.Distinct()], [.. input.RequiredSkills.Distinct()], [.. input.PreferredSkills.Distinct()], languages,
            input.GenderPreference, input.GenderPreference == GenderPreference.None ? null : input.CarerGender,
            input.NeedsDriver, input.HasPets, input.SmokingInHome,
            schedule!.Kind, schedule.StartDate, schedule.EndDate, schedule.Slots, input.Urgent,
            place!, rate!.Value, input.Funding!.Value);
    }

    private static List<string> ReadLanguages(string? text, FieldErrors errors)
    {
        var languages = (text ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (languages.Count > MaxLanguages || languages.Any(l => l.Length > MaxLanguageLength))
        {
            errors.Add(nameof(CareRequestDetails.Languages), $"Enter up to {MaxLanguages} languages, separated by commas");
        }
        return languages;
    }
}
