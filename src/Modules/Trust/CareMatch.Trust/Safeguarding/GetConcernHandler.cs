using CareMatch.Trust.Contracts;
using CareMatch.Trust.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Trust.Safeguarding;

internal sealed class GetConcernHandler(TrustDbContext db, PeopleNames people) : IQueryHandler<GetConcern, ConcernDetail>
{
    public async ValueTask<ConcernDetail> Handle(GetConcern query, CancellationToken cancellationToken)
    {
        var concern = await ConcernLoader.LoadAsync(db, query.ConcernId, cancellationToken);
        // Kind breaks ties under a clock that stands still: raised comes before its email.
        var trail = await db.ConcernEntries.Where(e => e.ConcernId == concern.Id).ToListAsync(cancellationToken);
        var name = await people.ForAsync([concern.RaisedByUserId, concern.OwnerUserId, .. trail.Select(e => e.ByUserId)], cancellationToken);
        return new ConcernDetail(
            concern.Id, concern.Reference, concern.RaisedAt, concern.Urgent, concern.Status, name(concern.RaisedByUserId),
            concern.OwnerUserId is null ? null : name(concern.OwnerUserId),
            concern.Subject, AdminAbout(concern), concern.CarerProfileId is { } carer ? $"/Admin/Carers/Review/{carer}" : null,
            concern.District, concern.WhatHappened,
            trail.OrderBy(e => e.At).ThenBy(e => e.Kind).Select(e => new ConcernEntryView(e.At, name(e.ByUserId), e.Kind, e.Detail)).ToList());
    }

    /// <summary>For admins, what it is about with who is involved: a visit's carer, a message's thread's carer.</summary>
    private static string AdminAbout(Concern concern) => concern.Subject switch
    {
        ConcernSubject.Visit => $"The visit on {ConcernAboutWords.Visit(concern.About)} with {concern.AboutName ?? "a carer"} (carer), care in {concern.District}",
        ConcernSubject.Message => concern.AboutName is { } carer ? $"A message from {carer} (carer)" : "A message from the family",
        _ => ConcernAboutWords.Capitalised(concern.About),
    };
}
