using CareMatch.Needs.Contracts;
using FluentValidation;

namespace CareMatch.Needs.Requests;

internal sealed class CancelCareRequestValidator : AbstractValidator<CancelCareRequest>
{
    public CancelCareRequestValidator()
    {
        RuleFor(c => c.Reason)
            .NotEmpty().WithMessage("Enter why you are cancelling this request")
            .MaximumLength(500).WithMessage("The reason must be 500 characters or fewer");
    }
}
