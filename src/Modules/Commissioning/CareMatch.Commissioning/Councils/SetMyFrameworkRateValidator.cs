using CareMatch.Commissioning.Contracts;
using CareMatch.SharedKernel.Input;
using CareMatch.SharedKernel.Values;
using FluentValidation;

namespace CareMatch.Commissioning.Councils;

internal sealed class SetMyFrameworkRateValidator : AbstractValidator<SetMyFrameworkRate>
{
    public const string Label = "the framework's hourly rate";

    /// <summary>Below the National Living Wage no framework could pay; above £100 an hour is a typing slip.</summary>
    public static readonly Money Least = new(1_000);

    public static readonly Money Most = new(10_000);

    public SetMyFrameworkRateValidator() =>
        RuleFor(c => c.HourlyRate).Custom((typed, context) =>
        {
            if (PoundsInput.Read(typed, Label, Least, Most).Error is { } wrong) context.AddFailure(nameof(SetMyFrameworkRate.HourlyRate), wrong);
        });
}
