using CareMatch.Payments.Contracts;
using FluentValidation;

namespace CareMatch.Payments.Refunding;

internal sealed class FindCarerAtFaultValidator : AbstractValidator<FindCarerAtFault>
{
    public FindCarerAtFaultValidator() =>
        RuleFor(c => c.Reason)
            .NotEmpty().WithMessage("Enter why the carer is at fault")
            .MaximumLength(RefundRules.MaxReasonLength).WithMessage($"The reason must be {RefundRules.MaxReasonLength} characters or fewer");
}
