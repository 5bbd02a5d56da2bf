using CareMatch.Trust.Contracts;
using FluentValidation;

namespace CareMatch.Trust.Messages;

internal sealed class SendMessageValidator : AbstractValidator<SendMessage>
{
    public SendMessageValidator()
    {
        RuleFor(c => c.Text).Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage("Enter your message");
        RuleFor(c => c.Text).Must(text => text is null || text.Trim().Length <= MessageLimits.MaxLength)
            .WithMessage($"Your message must be {MessageLimits.MaxLength:N0} characters or fewer");
    }
}
