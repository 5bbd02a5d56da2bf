using CareMatch.Accounts.Contracts;
using CareMatch.Accounts.Identity;
using FluentValidation;

namespace CareMatch.Accounts.Management;

internal sealed class InviteCommissionerValidator : AbstractValidator<InviteCommissioner>
{
    public InviteCommissionerValidator() => RuleFor(c => c.Email).ValidEmail();
}
