using CareMatch.Accounts.Contracts;
using CareMatch.Accounts.Identity;
using FluentValidation;

namespace CareMatch.Accounts.Management;

internal sealed class CreateAdminAccountValidator : AbstractValidator<CreateAdminAccount>
{
    public CreateAdminAccountValidator()
    {
        RuleFor(c => c.Email).ValidEmail();
        RuleFor(c => c.Password).AcceptablePassword();
    }
}
