using CareMatch.Accounts.Contracts;
using CareMatch.Accounts.Identity;
using CareMatch.SharedKernel.Validation;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace CareMatch.Accounts.Self;

internal sealed class ResetPasswordValidator : AbstractValidator<ResetPassword>
{
    public ResetPasswordValidator() => RuleFor(c => c.Password).AcceptablePassword();
}

internal sealed class ResetPasswordHandler(UserManager<IdentityUser> users) : ICommandHandler<ResetPassword>
{
    public async ValueTask<Unit> Handle(ResetPassword command, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(command.UserId);
        var token = CodeEncoding.Decode(command.Code);
        if (user is null || token is null)
            throw new InputValidationException(string.Empty, "This link has expired or has already been used. Ask for a new one");

        // Resetting also changes the security stamp, so every other session ends.
        (await users.ResetPasswordAsync(user, token, command.Password)).ThrowIfFailed();
        // Following the emailed link proves the address.
        if (!user.EmailConfirmed)
        {
            user.EmailConfirmed = true;
            await users.UpdateAsync(user);
        }
        await users.ResetAccessFailedCountAsync(user);
        return Unit.Value;
    }
}
