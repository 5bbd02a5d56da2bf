using CareMatch.Accounts.Contracts;
using CareMatch.Accounts.Emails;
using CareMatch.Accounts.Identity;
using CareMatch.Accounts.Persistence;
using CareMatch.SharedKernel.Email;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CareMatch.Accounts.Registration;

/// <summary>
/// Creates the identity, its role and the <see cref="UserRegistered"/> outbox row in one
/// transaction, so no account exists without its event and no event without its account;
/// then emails a link to confirm the address.
/// </summary>
internal sealed class RegisterAccountHandler(
    UserManager<IdentityUser> users,
    AccountsDbContext db,
    IClock clock,
    AccountEmails emails,
    IEmailSender sender,
    ILogger<RegisterAccountHandler> logger) : ICommandHandler<RegisterAccount, RegisteredAccount>
{
    public async ValueTask<RegisteredAccount> Handle(RegisterAccount command, CancellationToken cancellationToken)
    {
        var email = command.Email.Trim();
        var user = new IdentityUser { UserName = email, Email = email };

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            (await users.CreateAsync(user, command.Password)).ThrowIfFailed();
            (await users.AddToRoleAsync(user, command.Role)).ThrowIfFailed();
            db.AddIntegrationEvent(new UserRegistered(user.Id, email, command.Role) { OccurredAt = clock.UtcNow });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await SendConfirmationAsync(user, cancellationToken);
        return new RegisteredAccount(user.Id, email, command.Role);
    }

    private async Task SendConfirmationAsync(IdentityUser user, CancellationToken cancellationToken)
    {
        try
        {
            var code = CodeEncoding.Encode(await users.GenerateEmailConfirmationTokenAsync(user));
            await sender.SendAsync(emails.ConfirmEmail(user.Email!, user.Id, code), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The account is made; the person can ask for a new link from their home page.
            logger.LogError(exception, "Could not send the confirmation email to user {UserId}", user.Id);
        }
    }
}
