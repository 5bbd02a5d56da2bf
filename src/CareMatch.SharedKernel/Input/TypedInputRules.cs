using CareMatch.SharedKernel.Values;
using FluentValidation;
using FluentValidation.Validators;

namespace CareMatch.SharedKernel.Input;

/// <summary>
/// The shared readers as FluentValidation rules, so a validator refuses exactly what the handler
/// would fail to read, with the reader's own message. Follow one with .Must(…) for a module's
/// rule (a date in the future, say) under CascadeMode.Stop, reading the value with the same reader.
/// </summary>
public static class TypedInputRules
{
    public static IRuleBuilderOptions<T, DateBoxes?> MustBeADate<T>(this IRuleBuilder<T, DateBoxes?> rule, string label, bool required = true) =>
        rule.SetValidator(new ReaderValidator<T, DateBoxes?, DateOnly>(boxes => DateInput.Read(boxes, label), required));

    public static IRuleBuilderOptions<T, string?> MustBeATime<T>(this IRuleBuilder<T, string?> rule, string label, bool required = true) =>
        rule.SetValidator(new ReaderValidator<T, string?, TimeOnly>(text => TimeOfDayInput.Read(text, label), required));

    public static IRuleBuilderOptions<T, string?> MustBePounds<T>(this IRuleBuilder<T, string?> rule, string label, Money least, Money most, bool required = true) =>
        rule.SetValidator(new ReaderValidator<T, string?, Money>(text => PoundsInput.Read(text, label, least, most), required));

    public static IRuleBuilderOptions<T, string?> MustBeAWholeNumber<T>(
        this IRuleBuilder<T, string?> rule, string label, int least, int most, string unit = "", bool required = true) =>
        rule.SetValidator(new ReaderValidator<T, string?, int>(text => WholeNumberInput.Read(text, label, least, most, unit), required));

    /// <summary>Fails with the reader's message; a blank optional field passes (and the rules after it are skipped by When).</summary>
    private sealed class ReaderValidator<T, TTyped, TValue>(Func<TTyped, Reading<TValue>> read, bool required) : PropertyValidator<T, TTyped>
    {
        public override string Name => "TypedInputValidator";

        public override bool IsValid(ValidationContext<T> context, TTyped value)
        {
            var reading = read(value);
            if (reading.IsValid || (reading.IsBlank && !required)) return true;
            context.MessageFormatter.AppendArgument("Problem", reading.Error);
            return false;
        }

        protected override string GetDefaultMessageTemplate(string errorCode) => "{Problem}";
    }
}
