using CareMatch.SharedKernel.Audit;
using CareMatch.Accounts.Contracts;
using CareMatch.Accounts.Identity;
using CareMatch.Accounts.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Events;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Time;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Accounts.Management;

internal sealed class ProvisionAccountValidator : AbstractValidator<ProvisionAccount>
{
    public ProvisionAccountValidator()
    {
        RuleFor(c => c.Email).ValidEmail();
        RuleFor(c => c.Password).AcceptablePassword();
        RuleFor(c => c.Role).Must(role => AccountRoles.All.Contains(role)).WithMessage("Choose a kind of account");
        RuleFor(c => c.CouncilId).NotNull().When(c => c.Role == AccountRoles.Commissioner)
            .WithMessage("Choose the commissioner's council");
    }
}

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
