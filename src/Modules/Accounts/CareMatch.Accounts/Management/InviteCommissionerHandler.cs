using CareMatch.Accounts.Contracts;
using CareMatch.Accounts.Emails;
using CareMatch.Accounts.Identity;
using CareMatch.Accounts.Persistence;
using CareMatch.Commissioning.Contracts;
using CareMatch.SharedKernel.Audit;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Email;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace CareMatch.Accounts.Management;

/// <summary>
/// Creates the commissioner's account without a password, tells Commissioning which council
/// they serve (outbox, same transaction), and emails them a link to set their password.
/// </summary>
internal sealed class InviteCommissionerHandler(
    UserManager<IdentityUser> users,
    AccountsDbContext db,
    IModuleSender sender,
    
    IClock clock,
    AccountEmails emails,
    IEmailSender emailSender,
    IAuditTrail audit) : ICommandHandler<InviteCommissioner, string>
{
    public async ValueTask<string> Handle(InviteCommissioner command, CancellationToken cancellationToken)
    {
        var council = await sender.Send(new GetCouncil(command.CouncilId), cancellationToken)
            ?? throw new NotFoundException("That council does not exist.");

        var email = command.Email.Trim();
        var user = new IdentityUser { UserName = email, Email = email };
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            (await users.CreateAsync(user)).ThrowIfFailed();
            (await users.AddToRoleAsync(user, AccountRoles.Commissioner)).ThrowIfFailed();
            db.AddIntegrationEvent(new CommissionerInvited(user.Id, email, council.Id) { OccurredAt = clock.UtcNow });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        await audit.RecordAsync(AuditAction.RoleGranted, user.Id, $"{AccountRoles.Commissioner} for {council.Name}, by invitation", cancellationToken);

        var code = CodeEncoding.Encode(await users.GeneratePasswordResetTokenAsync(user));
        await emailSender.SendAsync(emails.Invitation(email, user.Id, code, council.Name), cancellationToken);
        return user.Id;
    }
}
