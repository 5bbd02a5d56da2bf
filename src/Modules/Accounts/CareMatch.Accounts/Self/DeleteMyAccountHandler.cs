using CareMatch.SharedKernel.Audit;
using CareMatch.Accounts.Contracts;
using CareMatch.Accounts.Identity;
using CareMatch.Accounts.Persistence;
using CareMatch.Accounts.Sessions;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Time;
using CareMatch.SharedKernel.Validation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Accounts.Self;

/// <summary>Deletes the person's account and tells the other modules, in one transaction; then signs them out.</summary>
internal sealed class DeleteMyAccountHandler(
    UserManager<IdentityUser> users,
    SignInManager<IdentityUser> signIn,
    AccountsDbContext db,
    SessionStore sessions,
    IAuditTrail audit,
    CurrentPasswordCheck currentPassword,
    ICurrentUser currentUser,
    IClock clock) : ICommandHandler<DeleteMyAccount>
{
    public async ValueTask<Unit> Handle(DeleteMyAccount command, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(currentUser.UserId ?? throw new AccessDeniedException())
            ?? throw new AccessDeniedException();
        await currentPassword.RequireAsync(user, command.Password, nameof(command.Password), "Enter your password to confirm", cancellationToken);

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await sessions.DeleteAllAsync(user.Id, cancellationToken);
            (await users.DeleteAsync(user)).ThrowIfFailed();
            db.AddIntegrationEvent(new AccountDeleted(user.Id, user.Email) { OccurredAt = clock.UtcNow });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        await audit.RecordAsync(AuditAction.AccountDeleted, user.Id, null, cancellationToken);
        await Audit.AuditTrailErasure.ForgetAsync(db, user.Id, user.Email!, cancellationToken);
        await signIn.SignOutAsync();
        return Unit.Value;
    }
}
