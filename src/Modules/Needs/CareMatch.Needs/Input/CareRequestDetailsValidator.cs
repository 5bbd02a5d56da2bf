using CareMatch.Needs.Contracts;
using CareMatch.SharedKernel.Input;
using CareMatch.SharedKernel.Time;
using FluentValidation;

namespace CareMatch.Needs.Input;

/// <summary>
/// Every way a request as typed can be wrong, each at the field where it can be fixed (a slot's
/// end, a second overlapping slot's start), all in one pass so the seeker sees them together.
/// Dates, times and money are read by the shared readers; the rules about them (a start today or
/// later, urgent within <see cref="UrgentCare.Within"/>) are Needs' own.
/// </summary>
internal sealed class CareRequestDetailsValidator : AbstractValidator<CareRequestDetails>
{
    public CareRequestDetailsValidator(IClock clock, PlaceReader places)
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(d => d.RecipientFirstName)
            .Must(name => !string.IsNullOrWhiteSpace(name)).WithMessage("Enter the first name of the person who needs care")
            .Must(name => name!.Trim().Length <= CareRequestReader.MaxFirstNameLength)
            .WithMessage($"First name must be {CareRequestReader.MaxFirstNameLength} characters or fewer");
        RuleFor(d => d.RecipientRelationship).NotNull().WithMessage("Select who the care is for");
        RuleFor(d => d.RecipientAgeBand).NotNull().WithMessage("Select their age");
        RuleFor(d => d.CareNotes).Must(notes => CareRequestReader.Notes(notes) is not { Length: > CareRequestReader.MaxNotesLength })
            .WithMessage("Care notes must be 2,000 characters or fewer");

        RuleFor(d => d.CareTypes).NotEmpty().WithMessage("Select at least one kind of care");
        RuleFor(d => d.PreferredSkills).Must((d, preferred) => !d.RequiredSkills.Intersect(preferred).Any())
            .WithMessage("A skill can be required or preferred, not both");
        RuleFor(d => d.Languages).Must(text => CareRequestReader.Languages(text) is var languages
                && languages.Count <= CareRequestReader.MaxLanguages && languages.All(l => l.Length <= CareRequestReader.MaxLanguageLength))
            .WithMessage($"Enter up to {CareRequestReader.MaxLanguages} languages, separated by commas");
        RuleFor(d => d.CarerGender).NotNull().When(d => d.GenderPreference != GenderPreference.None)
            .WithMessage("Select the carer's gender you need or prefer");

        RuleFor(d => d.Schedule).Must(kind => kind is ScheduleKind.OneOff or ScheduleKind.Weekly)
            .WithMessage("Select whether you need one visit or weekly visits");
        When(d => d.Schedule == ScheduleKind.OneOff, () =>
        {
            RuleFor(d => d.VisitDate).MustBeADate(ScheduleReader.VisitDateLabel)
                .Must(date => DateInput.Read(date, ScheduleReader.VisitDateLabel).Value >= clock.Today())
                .WithMessage("The date of the visit must be today or in the future");
            RuleFor(d => d.VisitStart).MustBeATime(ScheduleReader.StartTimeLabel);
            RuleFor(d => d.VisitEnd).MustEndAVisit(d => d.VisitStart);
        });
        When(d => d.Schedule == ScheduleKind.Weekly, () =>
        {
            RuleFor(d => d.StartDate).MustBeADate(ScheduleReader.StartDateLabel)
                .Must(date => DateInput.Read(date, ScheduleReader.StartDateLabel).Value >= clock.Today())
                .WithMessage("The date care should start must be today or in the future");
            RuleFor(d => d.EndDate).MustBeADate(ScheduleReader.EndDateLabel, required: false)
                .Must(date => DateBoxes.IsNullOrBlank(date) || DateInput.Read(date, ScheduleReader.EndDateLabel).Value >= clock.Today())
                .WithMessage("The date care should end must be today or in the future")
                .Must((d, date) => DateBoxes.IsNullOrBlank(date) || ScheduleReader.FirstDay(d) is not { } first
                    || DateInput.Read(date, ScheduleReader.EndDateLabel).Value >= first)
                .WithMessage("The end date must be the same as or after the start date");
            RuleFor(d => d.Slots).Must(rows => ScheduleReader.FilledIn(rows).Any())
                .WithMessage("Add at least one weekly visit: a day, a start time and an end time");
            RuleForEach(d => d.Slots).Where(row => !ScheduleReader.IsBlank(row)).ChildRules(slot =>
            {
                slot.RuleLevelCascadeMode = CascadeMode.Stop;
                slot.RuleFor(s => s.Day).NotNull().WithMessage("Select the day of this visit");
                slot.RuleFor(s => s.Start).MustBeATime(ScheduleReader.StartTimeLabel);
                slot.RuleFor(s => s.End).MustEndAVisit(s => s.Start);
            });
            RuleFor(d => d.Slots).Custom(WeeklyVisitsDoNotOverlap);
        });
        RuleFor(d => d.Urgent)
            .Must((d, urgent) => !urgent || ScheduleReader.FirstDay(d) is not { } first || first <= clock.Today().AddDays(UrgentCare.WithinDays))
            .WithMessage($"Urgent care starts within {TimeWords.Duration(UrgentCare.Within)}. Choose an earlier date, or untick urgent");

        RuleFor(d => d.Postcode).Custom((postcode, context) =>
        {
            if (places.Problem(postcode) is { } problem) context.AddFailure(problem);
        });
        RuleFor(d => d.AddressLine)
            .Must(line => !string.IsNullOrWhiteSpace(line)).WithMessage("Enter the first line of the address where care is needed")
            .Must(line => line!.Trim().Length <= PlaceReader.MaxAddressLineLength)
            .WithMessage($"The address line must be {PlaceReader.MaxAddressLineLength} characters or fewer");
        RuleFor(d => d.HourlyRate).MustBePounds(RateReader.Label, RateReader.Least, RateReader.Most);
        RuleFor(d => d.Funding).NotNull().WithMessage("Select how the care will be paid for");
    }

    /// <summary>A second visit that overlaps an earlier row's on the same day is told at its start.</summary>
    private static void WeeklyVisitsDoNotOverlap(IReadOnlyList<SlotInput> rows, ValidationContext<CareRequestDetails> context)
    {
        var kept = new List<(DayOfWeek Day, TimeOnly Start, TimeOnly End)>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.Day is not { } day
                || TimeOfDayInput.Read(row.Start, ScheduleReader.StartTimeLabel) is not { IsValid: true } start
                || TimeOfDayInput.Read(row.End, ScheduleReader.EndTimeLabel) is not { IsValid: true } end
                || end.Value <= start.Value || end.Value - start.Value < ScheduleReader.ShortestVisit)
            {
                continue;
            }
            var clash = kept.FirstOrDefault(s => s.Day == day && s.Start < end.Value && start.Value < s.End);
            if (clash != default)
            {
                context.AddFailure($"{nameof(CareRequestDetails.Slots)}[{i}].{nameof(SlotInput.Start)}",
                    $"This visit overlaps the {day} visit from {TimeOfDayInput.Write(clash.Start)} to {TimeOfDayInput.Write(clash.End)}");
                continue;
            }
            kept.Add((day, start.Value, end.Value));
        }
    }
}
