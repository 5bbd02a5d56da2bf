using CareMatch.Trust.Contracts;
using FluentValidation;

namespace CareMatch.Trust.Reviews;

internal sealed class ReplyToReviewValidator : AbstractValidator<ReplyToReview>
{
    public ReplyToReviewValidator()
    {
        RuleFor(c => c.Text).Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage("Enter your reply");
        RuleFor(c => c.Text).Must(text => text is null || text.Trim().Length <= ReviewLimits.MaxReplyLength)
            .WithMessage($"Your reply must be {ReviewLimits.MaxReplyLength:N0} characters or fewer");
    }
}
