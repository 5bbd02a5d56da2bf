using CareMatch.Accounts.Contracts;
using CareMatch.Accounts.Emails;
using CareMatch.Accounts.Identity;
using CareMatch.Accounts.Persistence;
using CareMatch.Accounts.Sessions;
using CareMatch.SharedKernel.Audit;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Email;
using CareMatch.SharedKernel.Identity;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Time;
using CareMatch.SharedKernel.Validation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CareMatch.Accounts.Management;

/// <summary>
/// Suspends an account: a lockout with no end, and every open session of the person ended at once.
/// The sign-in page never says an account is suspended (it would tell strangers the account
/// exists), so the person is told by email.
/// </summary>
internal sealed class SuspendAccountHandler(
    UserManager<IdentityUser> users,
    AccountsDbContext db,
    SessionStore sessions,
    ICurrentUser currentUser,
    IClock clock,
    AccountEmails emails,
    IEmailSender sender,
    IAuditTrail audit,
    ILogger<SuspendAccountHandler> logger)
    : ICommandHandler<SuspendAccount>
{
    public async ValueTask<Unit> Handle(SuspendAccount command, CancellationToken cancellationToken)
    {
        var adminId = currentUser.RequireUserId();
        if (command.UserId == adminId) throw Refusal.Whole("You cannot suspend your own account");
        var user = await users.FindByIdAsync(command.UserId) ?? throw new NotFoundException();
        if (AccountState.IsSuspended(user)) return Unit.Value;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        (await users.SetLockoutEnabledAsync(user, true)).ThrowIfFailed();
        (await users.SetLockoutEndDateAsync(user, AccountState.SuspendedUntil)).ThrowIfFailed();
        (await users.UpdateSecurityStampAsync(user)).ThrowIfFailed();
        db.AddIntegrationEvent(new AccountSuspended(user.Id) { OccurredAt = clock.UtcNow });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await sessions.EndAllAsync(user.Id, except: null, cancellationToken);
        await audit.RecordAsync(AuditAction.AccountSuspended, user.Id, null, cancellationToken);
        try
        {
            await sender.SendAsync(emails.Suspended(user.Email!), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The suspension stands; the admin's page must not fail because mail did.
            logger.LogError(exception, "Could not email user {UserId} about their suspension", user.Id);
        }
        return Unit.Value;
    }
}
