using CareMatch.Bookings.Contracts;
using CareMatch.Bookings.Parties;
using CareMatch.Bookings.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Bookings.Handover;

internal sealed class GetMyHandoverCardHandler(IModuleSender sender, CurrentParty party, BookingsDbContext db) : IQueryHandler<GetMyHandoverCard, MyHandoverCard>
{
    public async ValueTask<MyHandoverCard> Handle(GetMyHandoverCard query, CancellationToken cancellationToken)
    {
        await HandoverOwnership.SeekerOfAsync(sender, party, query.RequestId, cancellationToken);
        var card = await db.HandoverCards.AsNoTracking().SingleOrDefaultAsync(c => c.RequestId == query.RequestId, cancellationToken);
        var openings = await db.HandoverCardOpenings.AsNoTracking()
            .Where(o => o.RequestId == query.RequestId)
            .Join(db.Visits, o => o.VisitId, v => v.Id, (o, v) => new { o.CarerName, o.OpenedAt, o.VisitId, v.StartsAt, o.Covering })
            .ToListAsync(cancellationToken);
        var readings = openings
            .OrderByDescending(o => o.OpenedAt)
            .Select(o => new HandoverCardReading(o.CarerName, UkCalendar.ToUkTime(o.OpenedAt), o.VisitId, UkCalendar.ToUkTime(o.StartsAt), o.Covering))
            .ToList();
        return new MyHandoverCard(query.RequestId, card?.WhatMatters, card?.Routines, card?.Risks, card?.AccessToHome, card?.UpdatedAt is { } updated ? UkCalendar.ToUkTime(updated) : null, readings);
    }
}
