using CareMatch.Accounts.Contracts;
using FluentValidation;

namespace CareMatch.Accounts.Registration;

internal sealed class RegisterAccountValidator : AbstractValidator<RegisterAccount>
{
    public const int MinimumPasswordLength = 8;
    public const int MaximumPasswordLength = 128;

    public RegisterAccountValidator()
    {
        RuleFor(c => c.Email)
            .NotEmpty().WithMessage("Enter your email address")
            .MaximumLength(254).WithMessage("Email address must be 254 characters or fewer")
            .EmailAddress().WithMessage("Enter an email address in the correct format, like name@example.com");
        RuleFor(c => c.Password)
            .NotEmpty().WithMessage("Enter a password")
            .MinimumLength(MinimumPasswordLength).WithMessage($"Password must be at least {MinimumPasswordLength} characters")
            .MaximumLength(MaximumPasswordLength).WithMessage($"Password must be {MaximumPasswordLength} characters or fewer");
        RuleFor(c => c.Role)
            .Must(role => AccountRoles.SelfService.Contains(role))
            .WithMessage("Select whether you are looking for care or offering care");
    }
}
