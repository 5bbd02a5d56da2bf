using CareMatch.Commissioning.Contracts;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using CareMatch.SharedKernel.Time;
using CareMatch.Trust.Contracts;
using CareMatch.Trust.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Trust.Safeguarding;

internal sealed class SetSafeguardingContactHandler(TrustDbContext db, IModuleSender sender, ICurrentUser currentUser, IClock clock) : ICommandHandler<SetSafeguardingContact>
{
    public async ValueTask<Unit> Handle(SetSafeguardingContact command, CancellationToken cancellationToken)
    {
        _ = await sender.Send(new GetCouncil(command.CouncilId), cancellationToken) ?? throw new NotFoundException($"No council {command.CouncilId}.");
        var contact = await db.SafeguardingContacts.SingleOrDefaultAsync(c => c.CouncilId == command.CouncilId, cancellationToken);
        if (contact is null)
        {
            contact = SafeguardingContact.For(command.CouncilId);
            db.SafeguardingContacts.Add(contact);
        }
        contact.Set(command.Email!.Trim(), string.IsNullOrWhiteSpace(command.Phone) ? null : command.Phone.Trim(), currentUser.RequireUserId(), clock.UtcNow);
        return Unit.Value;
    }
}
