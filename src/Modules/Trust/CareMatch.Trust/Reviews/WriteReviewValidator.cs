using CareMatch.Trust.Contracts;
using FluentValidation;

namespace CareMatch.Trust.Reviews;

internal sealed class WriteReviewValidator : AbstractValidator<WriteReview>
{
    public WriteReviewValidator()
    {
        RuleFor(c => c.Stars).NotNull().WithMessage("Choose from 1 to 5 stars")
            .InclusiveBetween(1, 5).WithMessage("Choose from 1 to 5 stars");
        RuleFor(c => c.Text).Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage("Write a few words about how it went");
        RuleFor(c => c.Text).Must(text => text is null || text.Trim().Length <= ReviewLimits.MaxTextLength)
            .WithMessage($"Your review must be {ReviewLimits.MaxTextLength:N0} characters or fewer");
    }
}
