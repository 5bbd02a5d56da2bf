using CareMatch.Trust.Contracts;
using CareMatch.Trust.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Trust.Safeguarding;

internal sealed class GetConcernHandler(TrustDbContext db) : IQueryHandler<GetConcern, ConcernDetail>
{
    public async ValueTask<ConcernDetail> Handle(GetConcern query, CancellationToken cancellationToken)
    {
        var concern = await ConcernLoader.LoadAsync(db, query.ConcernId, cancellationToken);
        // Kind breaks ties under a clock that stands still: raised comes before its email.
        var trail = await db.ConcernEntries.Where(e => e.ConcernId == concern.Id).ToListAsync(cancellationToken);
        return new ConcernDetail(
            concern.Id, concern.Reference, concern.RaisedAt, concern.Urgent, concern.Status, concern.RaisedByUserId, concern.OwnerUserId,
            concern.District, concern.WhatHappened,
            trail.OrderBy(e => e.At).ThenBy(e => e.Kind).Select(e => new ConcernEntryView(e.At, e.ByUserId, e.Kind, e.Detail)).ToList());
    }
}
