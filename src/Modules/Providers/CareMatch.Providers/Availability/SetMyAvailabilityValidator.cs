using CareMatch.Providers.Contracts;
using CareMatch.Providers.Profiles;
using CareMatch.SharedKernel.Input;
using FluentValidation;

namespace CareMatch.Providers.Availability;

/// <summary>
/// Every problem with the availability form at its row's field: an unknown day, a time that is not
/// a time, an end not after its start, a slot shorter than 30 minutes, two slots that overlap, time
/// off that ends before it starts. Blank rows are ignored (the form offers spare ones).
/// </summary>
internal sealed class SetMyAvailabilityValidator : AbstractValidator<SetMyAvailability>
{
    public const int MaxSlots = 50;
    public const int MaxTimeOff = 30;

    public SetMyAvailabilityValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;

        RuleFor(c => c.Slots).Must(rows => rows.Count(r => !r.IsBlank) <= MaxSlots).WithMessage($"Enter {MaxSlots} weekly slots or fewer");
        RuleForEach(c => c.Slots).Where(row => !row.IsBlank).ChildRules(slot =>
        {
            slot.RuleLevelCascadeMode = CascadeMode.Stop;
            slot.RuleFor(s => s.Day).Must(day => AvailabilityRows.Day(day) is not null).WithMessage("Select the day");
            slot.RuleFor(s => s.Start).MustBeATime(AvailabilityRows.StartLabel);
            slot.RuleFor(s => s.End).MustBeATime(AvailabilityRows.EndLabel)
                .Must((s, end) => !Reads(s.Start, out var start) || Time(end) > start)
                .WithMessage("The end time must be after the start time")
                .Must((s, end) => !Reads(s.Start, out var start) || AvailabilityRows.IsLongEnough(start, Time(end)))
                .WithMessage($"A slot must be at least {CarerProfileRules.MinSlotMinutes} minutes long");
        });
        RuleFor(c => c.Slots).Custom((rows, context) =>
        {
            var slots = AvailabilityRows.Slots(rows);
            foreach (var (row, slot) in slots)
            {
                var clash = slots.FirstOrDefault(other => other.Row < row && other.Slot.Day == slot.Day
                    && other.Slot.Start < slot.End && slot.Start < other.Slot.End);
                if (clash.Slot is null) continue;
                context.AddFailure($"{nameof(SetMyAvailability.Slots)}[{row}].{nameof(WeeklySlotFields.Start)}",
                    $"This slot overlaps your {clash.Slot.Day} {TimeOfDayInput.Write(clash.Slot.Start)} to {TimeOfDayInput.Write(clash.Slot.End)} slot");
            }
        });

        RuleFor(c => c.TimeOff).Must(rows => rows.Count(r => !r.IsBlank) <= MaxTimeOff).WithMessage($"Enter {MaxTimeOff} periods of time off or fewer");
        RuleForEach(c => c.TimeOff).Where(row => !row.IsBlank).ChildRules(period =>
        {
            period.RuleLevelCascadeMode = CascadeMode.Stop;
            period.RuleFor(p => p.From).MustBeADate(AvailabilityRows.FirstDayOffLabel);
            period.RuleFor(p => p.To).MustBeADate(AvailabilityRows.LastDayOffLabel)
                .Must((p, to) => DateInput.Read(p.From, AvailabilityRows.FirstDayOffLabel) is not { IsValid: true } from
                    || DateInput.Read(to, AvailabilityRows.LastDayOffLabel).Value >= from.Value)
                .WithMessage("The last day off must be the same as or after the first day off");
        });
    }

    private static bool Reads(string? typed, out TimeOnly time)
    {
        var reading = TimeOfDayInput.Read(typed, AvailabilityRows.StartLabel);
        time = reading.Value;
        return reading.IsValid;
    }

    private static TimeOnly Time(string? typed) => TimeOfDayInput.Read(typed, AvailabilityRows.EndLabel).Expect();
}
