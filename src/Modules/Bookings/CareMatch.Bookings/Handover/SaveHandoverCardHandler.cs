using CareMatch.Bookings.Contracts;
using CareMatch.Bookings.Parties;
using CareMatch.Bookings.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Bookings.Handover;

internal sealed class SaveHandoverCardHandler(IModuleSender sender, CurrentParty party, BookingsDbContext db, IClock clock) : ICommandHandler<SaveHandoverCard>
{
    public async ValueTask<Unit> Handle(SaveHandoverCard command, CancellationToken cancellationToken)
    {
        var seekerUserId = await HandoverOwnership.SeekerOfAsync(sender, party, command.RequestId, cancellationToken);
        var card = await db.HandoverCards.SingleOrDefaultAsync(c => c.RequestId == command.RequestId, cancellationToken);
        if (card is null)
        {
            card = HandoverCard.For(command.RequestId, seekerUserId);
            db.HandoverCards.Add(card);
        }
        var now = clock.UtcNow;
        card.Write(command.WhatMatters, command.Routines, command.Risks, command.AccessToHome, now);
        db.FamilyDid(party, command.RequestId, "Saved the handover card", now);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
