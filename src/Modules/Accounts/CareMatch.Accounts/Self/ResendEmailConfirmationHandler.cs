using CareMatch.Accounts.Contracts;
using CareMatch.Accounts.Emails;
using CareMatch.Accounts.Identity;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Email;
using CareMatch.SharedKernel.Identity;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace CareMatch.Accounts.Self;

/// <summary>A fresh confirmation link for a person whose first one expired or went astray. Does nothing once confirmed.</summary>
internal sealed class ResendEmailConfirmationHandler(
    UserManager<IdentityUser> users, ICurrentUser currentUser, AccountEmails emails, IEmailSender sender)
    : ICommandHandler<ResendEmailConfirmation>
{
    public async ValueTask<Unit> Handle(ResendEmailConfirmation command, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(currentUser.UserId ?? throw new AccessDeniedException()) ?? throw new AccessDeniedException();
        if (user.EmailConfirmed) return Unit.Value;
        var code = CodeEncoding.Encode(await users.GenerateEmailConfirmationTokenAsync(user));
        await sender.SendAsync(emails.ConfirmEmail(user.Email!, user.Id, code), cancellationToken);
        return Unit.Value;
    }
}
