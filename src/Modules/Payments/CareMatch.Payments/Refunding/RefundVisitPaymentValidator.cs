using CareMatch.Payments.Contracts;
using CareMatch.SharedKernel.Input;
using CareMatch.SharedKernel.Values;
using FluentValidation;

namespace CareMatch.Payments.Refunding;

internal sealed class RefundVisitPaymentValidator : AbstractValidator<RefundVisitPayment>
{
    public const string AmountLabel = "the amount to refund";

    public RefundVisitPaymentValidator()
    {
        // The form of the amount here, so every field's problem shows at once; what is left to refund is the handler's to check.
        RuleFor(c => c.Amount).Custom((typed, context) =>
        {
            if (PoundsInput.Read(typed, AmountLabel, new Money(1), new Money(long.MaxValue / 100)).Error is { } wrong) context.AddFailure(nameof(RefundVisitPayment.Amount), wrong);
        });
        RuleFor(c => c.Reason)
            .NotEmpty().WithMessage("Enter the reason for the refund")
            .MaximumLength(RefundRules.MaxReasonLength).WithMessage($"The reason must be {RefundRules.MaxReasonLength} characters or fewer");
        RuleFor(c => c.CarerAtFault).NotNull().WithMessage("Select whether the carer was at fault");
    }
}
