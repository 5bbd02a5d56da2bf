using CareMatch.Accounts.Contracts;
using CareMatch.Accounts.Identity;
using CareMatch.Accounts.Persistence;
using CareMatch.SharedKernel.Audit;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace CareMatch.Accounts.Management;

internal sealed class RestoreAccountHandler(
    UserManager<IdentityUser> users, AccountsDbContext db, IClock clock, IAuditTrail audit)
    : ICommandHandler<RestoreAccount>
{
    public async ValueTask<Unit> Handle(RestoreAccount command, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(command.UserId) ?? throw new NotFoundException();
        if (!AccountState.IsSuspended(user)) return Unit.Value;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        (await users.SetLockoutEndDateAsync(user, null)).ThrowIfFailed();
        (await users.ResetAccessFailedCountAsync(user)).ThrowIfFailed();
        db.AddIntegrationEvent(new AccountRestored(user.Id) { OccurredAt = clock.UtcNow });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await audit.RecordAsync(AuditAction.AccountRestored, user.Id, null, cancellationToken);
        return Unit.Value;
    }
}
