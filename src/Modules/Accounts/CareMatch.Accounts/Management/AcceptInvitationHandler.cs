using CareMatch.Accounts.Contracts;
using CareMatch.Accounts.Identity;
using CareMatch.SharedKernel.Validation;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace CareMatch.Accounts.Management;

/// <summary>The invited person chooses a password; following the emailed link also confirms their address.</summary>
internal sealed class AcceptInvitationHandler(UserManager<IdentityUser> users) : ICommandHandler<AcceptInvitation>
{
    private const string ExpiredLink = "This invitation has expired or has already been used. Ask your CareMatch admin for a new one";

    public async ValueTask<Unit> Handle(AcceptInvitation command, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(command.UserId);
        var token = CodeEncoding.Decode(command.Code);
        if (user is null || token is null || await users.HasPasswordAsync(user))
            throw Refusal.Whole(ExpiredLink);

        var result = await users.ResetPasswordAsync(user, token, command.Password);
        if (result.Errors.Any(e => e.Code == "InvalidToken")) throw Refusal.Whole(ExpiredLink);
        result.ThrowIfFailed();
        user.EmailConfirmed = true;
        await users.UpdateAsync(user);
        return Unit.Value;
    }
}
