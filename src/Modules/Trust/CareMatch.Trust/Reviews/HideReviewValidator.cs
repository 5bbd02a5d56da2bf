using CareMatch.Trust.Contracts;
using FluentValidation;

namespace CareMatch.Trust.Reviews;

internal sealed class HideReviewValidator : AbstractValidator<HideReview>
{
    public HideReviewValidator()
    {
        RuleFor(c => c.Reason).Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage("Enter why you are hiding this review");
        RuleFor(c => c.Reason).Must(text => text is null || text.Trim().Length <= ReviewLimits.MaxHideReasonLength)
            .WithMessage($"The reason must be {ReviewLimits.MaxHideReasonLength:N0} characters or fewer");
    }
}
