using CareMatch.SharedKernel.Input;
using FluentValidation;

namespace CareMatch.Needs.Input;

/// <summary>A visit's end time, for the one-off visit and each weekly row alike: a time, after the start, long enough.</summary>
internal static class VisitTimeRules
{
    public static IRuleBuilderOptions<T, string?> MustEndAVisit<T>(this IRuleBuilder<T, string?> end, Func<T, string?> start) =>
        end.MustBeATime(ScheduleReader.EndTimeLabel)
            .Must((visit, typed) => StartOf(start(visit)) is not { } from || ScheduleReader.End(typed) > from)
            .WithMessage("The visit must end after it starts")
            .Must((visit, typed) => StartOf(start(visit)) is not { } from || ScheduleReader.End(typed) - from >= ScheduleReader.ShortestVisit)
            .WithMessage($"A visit must be at least {ScheduleReader.ShortestVisit.TotalMinutes:0} minutes long");

    private static TimeOnly? StartOf(string? typed) =>
        TimeOfDayInput.Read(typed, ScheduleReader.StartTimeLabel) is { IsValid: true } start ? start.Value : null;
}
