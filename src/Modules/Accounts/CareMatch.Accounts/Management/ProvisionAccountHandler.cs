using CareMatch.Accounts.Contracts;
using CareMatch.Accounts.Identity;
using CareMatch.Accounts.Persistence;
using CareMatch.SharedKernel.Audit;
using CareMatch.SharedKernel.Events;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace CareMatch.Accounts.Management;

/// <summary>
/// Creates a confirmed account with its role, publishing the same events as self sign-up or an
/// invitation would, or resets an existing account's password. Safe to repeat.
/// </summary>
internal sealed class ProvisionAccountHandler(
    UserManager<IdentityUser> users, AccountsDbContext db, IClock clock, IAuditTrail audit)
    : ICommandHandler<ProvisionAccount, string>
{
    public async ValueTask<string> Handle(ProvisionAccount command, CancellationToken cancellationToken)
    {
        var email = command.Email.Trim();
        var existing = await users.FindByEmailAsync(email);
        if (existing is not null)
        {
            var token = await users.GeneratePasswordResetTokenAsync(existing);
            (await users.ResetPasswordAsync(existing, token, command.Password)).ThrowIfFailed();
            await audit.RecordAsync(AuditAction.PasswordReset, existing.Id, "Set by an admin", cancellationToken);
            return existing.Id;
        }

        var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        (await users.CreateAsync(user, command.Password)).ThrowIfFailed();
        (await users.AddToRoleAsync(user, command.Role)).ThrowIfFailed();
        db.AddIntegrationEvent(EventFor(user.Id, email, command));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await audit.RecordAsync(AuditAction.RoleGranted, user.Id, $"{command.Role}, on an account made by an admin", cancellationToken);
        return user.Id;
    }

    private IntegrationEvent EventFor(string userId, string email, ProvisionAccount command) =>
        command.Role == AccountRoles.Commissioner
            ? new CommissionerInvited(userId, email, command.CouncilId!.Value) { OccurredAt = clock.UtcNow }
            : new UserRegistered(userId, email, command.Role) { OccurredAt = clock.UtcNow };
}
