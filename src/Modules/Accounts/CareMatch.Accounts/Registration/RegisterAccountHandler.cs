using CareMatch.SharedKernel.Audit;
using CareMatch.Accounts.Contracts;
using CareMatch.Accounts.Emails;
using CareMatch.Accounts.Identity;
using CareMatch.Accounts.Persistence;
using CareMatch.Accounts.SignIn;
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
/// then emails a link to confirm the address. An address that already has an account gets an
/// email saying so, and the page answers exactly as for a new one, so sign-up cannot be used
/// to find out who is registered.
/// </summary>
internal sealed class RegisterAccountHandler(
    UserManager<IdentityUser> users,
    AccountsDbContext db,
    IClock clock,
    AccountEmails emails,
    IEmailSender sender,
    DummyPasswordCheck dummy,
    IAuditTrail audit,
    ILogger<RegisterAccountHandler> logger) : ICommandHandler<RegisterAccount, RegisteredAccount>
{
    public async ValueTask<RegisteredAccount> Handle(RegisterAccount command, CancellationToken cancellationToken)
    {
        var email = command.Email.Trim();
        var user = new IdentityUser { UserName = email, Email = email };
        // The password's own rules (the common-password list) answer first, the same for both.
        await CheckPasswordRulesAsync(user, command.Password);

        if (await users.FindByEmailAsync(email) is { } existing)
        {
            dummy.Spend(command.Password);
            await SendQuietlyAsync(() => sender.SendAsync(emails.AlreadyRegistered(existing.Email!), cancellationToken), existing.Id);
            return new RegisteredAccount(null, email, command.Role);
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            (await users.CreateAsync(user, command.Password)).ThrowIfFailed();
            (await users.AddToRoleAsync(user, command.Role)).ThrowIfFailed();
            db.AddIntegrationEvent(new UserRegistered(user.Id, email, command.Role) { OccurredAt = clock.UtcNow });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        await audit.RecordAsync(AuditAction.RoleGranted, user.Id, $"{command.Role}, at sign-up", cancellationToken);

        await SendQuietlyAsync(async () =>
        {
            var code = CodeEncoding.Encode(await users.GenerateEmailConfirmationTokenAsync(user));
            await sender.SendAsync(emails.ConfirmEmail(user.Email!, user.Id, code), cancellationToken);
        }, user.Id);
        return new RegisteredAccount(user.Id, email, command.Role);
    }

    private async Task CheckPasswordRulesAsync(IdentityUser user, string password)
    {
        foreach (var validator in users.PasswordValidators)
        {
            (await validator.ValidateAsync(users, user, password)).ThrowIfFailed();
        }
    }

    private async Task SendQuietlyAsync(Func<Task> send, string userId)
    {
        try
        {
            await send();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The answer must not change with the mail server's health; the person can ask again.
            logger.LogError(exception, "Could not send a registration email for user {UserId}", userId);
        }
    }
}
