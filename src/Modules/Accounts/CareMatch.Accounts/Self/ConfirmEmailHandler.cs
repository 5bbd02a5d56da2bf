using CareMatch.Accounts.Contracts;
using CareMatch.Accounts.Identity;
using CareMatch.SharedKernel.Validation;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace CareMatch.Accounts.Self;

internal sealed class ConfirmEmailHandler(UserManager<IdentityUser> users) : ICommandHandler<ConfirmEmail>
{
    public const string ExpiredLink = "This link has expired or has already been used. Sign in and ask for a new one";

    public async ValueTask<Unit> Handle(ConfirmEmail command, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(command.UserId);
        var token = CodeEncoding.Decode(command.Code);
        if (user is null || token is null) throw Refusal.Whole(ExpiredLink);
        if (user.EmailConfirmed) return Unit.Value;

        var result = await users.ConfirmEmailAsync(user, token);
        if (!result.Succeeded) throw Refusal.Whole(ExpiredLink);
        return Unit.Value;
    }
}
