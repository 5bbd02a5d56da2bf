using CareMatch.Accounts.Contracts;
using CareMatch.Accounts.Identity;
using FluentValidation;

namespace CareMatch.Accounts.Registration;

internal sealed class RegisterAccountValidator : AbstractValidator<RegisterAccount>
{
    public RegisterAccountValidator()
    {
        RuleFor(c => c.Email).ValidEmail();
        RuleFor(c => c.Password).AcceptablePassword();
        RuleFor(c => c.Role)
            .Must(role => AccountRoles.SelfService.Contains(role))
            .WithMessage("Select whether you are looking for care or offering care");
    }
}
