using CareMatch.Payments.Contracts;
using CareMatch.SharedKernel.Input;
using CareMatch.SharedKernel.Values;
using FluentValidation;

namespace CareMatch.Payments.Budgets;

internal sealed class OfferPersonalBudgetValidator : AbstractValidator<OfferPersonalBudget>
{
    public const int MaxCaseReferenceLength = 30;

    public const string AmountLabel = "the amount every 4 weeks";

    public const string StartLabel = "the start date";

    public const string EndLabel = "the end date";

    public static readonly Money Least = new(100);

    public static readonly Money Most = new(2_000_000);

    public OfferPersonalBudgetValidator()
    {
        RuleFor(c => c.SeekerEmail)
            .NotEmpty().WithMessage("Enter the email address of the person's CareMatch account")
            .EmailAddress().WithMessage("Enter an email address in the correct format, like name@example.com");
        RuleFor(c => c.CaseReference)
            .NotEmpty().WithMessage("Enter your council's case reference for this person")
            .MaximumLength(MaxCaseReferenceLength).WithMessage($"The case reference must be {MaxCaseReferenceLength} characters or fewer");
        RuleFor(c => c.AmountPerPeriod).Custom((typed, context) =>
        {
            if (PoundsInput.Read(typed, AmountLabel, Least, Most).Error is { } wrong) context.AddFailure(nameof(OfferPersonalBudget.AmountPerPeriod), wrong);
        });
        RuleFor(c => c.StartsOn).Custom((boxes, context) =>
        {
            if (DateInput.Read(boxes, StartLabel).Error is { } wrong) context.AddFailure(nameof(OfferPersonalBudget.StartsOn), wrong);
        });
        RuleFor(c => c.EndsOn).Custom((boxes, context) =>
        {
            if (DateInput.Read(boxes, EndLabel).Error is { } wrong)
            {
                context.AddFailure(nameof(OfferPersonalBudget.EndsOn), wrong);
            }
            else if (DateInput.Read(context.InstanceToValidate.StartsOn, StartLabel) is { IsValid: true, Value: var start } && DateInput.Read(boxes, EndLabel).Value < start)
            {
                context.AddFailure(nameof(OfferPersonalBudget.EndsOn), "The end date must be the same as or after the start date");
            }
        });
    }
}
