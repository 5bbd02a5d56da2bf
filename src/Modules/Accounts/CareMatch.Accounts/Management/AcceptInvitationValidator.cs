using CareMatch.Accounts.Contracts;
using CareMatch.Accounts.Identity;
using FluentValidation;

namespace CareMatch.Accounts.Management;

internal sealed class AcceptInvitationValidator : AbstractValidator<AcceptInvitation>
{
    public AcceptInvitationValidator() => RuleFor(c => c.Password).AcceptablePassword();
}
