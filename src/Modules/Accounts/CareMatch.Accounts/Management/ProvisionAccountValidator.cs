using CareMatch.Accounts.Contracts;
using CareMatch.Accounts.Identity;
using FluentValidation;

namespace CareMatch.Accounts.Management;

internal sealed class ProvisionAccountValidator : AbstractValidator<ProvisionAccount>
{
    public ProvisionAccountValidator()
    {
        RuleFor(c => c.Email).ValidEmail();
        RuleFor(c => c.Password).AcceptablePassword();
        RuleFor(c => c.Role).Must(role => AccountRoles.All.Contains(role)).WithMessage("Choose a kind of account");
        RuleFor(c => c.CouncilId).NotNull().When(c => c.Role == AccountRoles.Commissioner)
            .WithMessage("Choose the commissioner's council");
    }
}
