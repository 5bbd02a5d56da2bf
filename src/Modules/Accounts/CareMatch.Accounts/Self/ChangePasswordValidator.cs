using CareMatch.Accounts.Contracts;
using CareMatch.Accounts.Identity;
using FluentValidation;

namespace CareMatch.Accounts.Self;

internal sealed class ChangePasswordValidator : AbstractValidator<ChangePassword>
{
    public ChangePasswordValidator()
    {
        RuleFor(c => c.CurrentPassword).NotEmpty().WithMessage("Enter your current password");
        RuleFor(c => c.NewPassword).AcceptablePassword();
    }
}
