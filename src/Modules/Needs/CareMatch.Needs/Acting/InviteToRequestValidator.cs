using CareMatch.Needs.Contracts;
using FluentValidation;

namespace CareMatch.Needs.Acting;

internal sealed class InviteToRequestValidator : AbstractValidator<InviteToRequest>
{
    public InviteToRequestValidator()
    {
        RuleFor(c => c.YourName).Must(name => !string.IsNullOrWhiteSpace(name)).WithMessage("Enter your name");
        RuleFor(c => c.YourName).Must(name => name is null || name.Trim().Length <= ActingLimits.NameLength)
            .WithMessage($"Your name must be {ActingLimits.NameLength} characters or fewer");
        RuleFor(c => c.TheirName).Must(name => !string.IsNullOrWhiteSpace(name)).WithMessage("Enter the name of the person you are inviting");
        RuleFor(c => c.TheirName).Must(name => name is null || name.Trim().Length <= ActingLimits.NameLength)
            .WithMessage($"Their name must be {ActingLimits.NameLength} characters or fewer");
        RuleFor(c => c.TheirEmail).Must(email => !string.IsNullOrWhiteSpace(email)).WithMessage("Enter their email address");
        RuleFor(c => c.TheirEmail).Must(email => email is null || email.Trim().Length <= ActingLimits.EmailLength)
            .WithMessage($"Their email address must be {ActingLimits.EmailLength} characters or fewer");
        RuleFor(c => c.TheirEmail).EmailAddress().When(c => !string.IsNullOrWhiteSpace(c.TheirEmail))
            .WithMessage("Enter an email address in the correct format, like name@example.com");
        RuleFor(c => c.Role).NotNull().WithMessage("Choose their role");
        RuleFor(c => c.Role).IsInEnum().When(c => c.Role is not null).WithMessage("Choose their role");
    }
}
