using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using CareMatch.Trust.Contracts;
using CareMatch.Trust.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Trust.Safeguarding;

internal sealed class ListConcernsHandler(TrustDbContext db, ICurrentUser currentUser, PeopleNames people) : IQueryHandler<ListConcerns, IReadOnlyList<ConcernRow>>
{
    public async ValueTask<IReadOnlyList<ConcernRow>> Handle(ListConcerns query, CancellationToken cancellationToken)
    {
        var me = currentUser.RequireUserId();
        var concerns = await db.Concerns.ToListAsync(cancellationToken);
        var name = await people.ForAsync(concerns.SelectMany(c => new[] { c.RaisedByUserId, c.OwnerUserId }), cancellationToken);
        return concerns
            .OrderBy(c => c.Status == ConcernStatus.Closed)
            .ThenByDescending(c => c.Urgent)
            .ThenByDescending(c => c.RaisedAt)
            .Select(c => new ConcernRow(c.Id, c.Reference, c.RaisedAt, c.Urgent, c.Status, name(c.RaisedByUserId), ConcernAboutWords.Capitalised(c.About),
                c.OwnerUserId == me, c.OwnerUserId is null ? null : name(c.OwnerUserId)))
            .ToList();
    }
}
