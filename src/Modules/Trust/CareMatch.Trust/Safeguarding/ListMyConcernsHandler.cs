using CareMatch.Trust.Contracts;
using CareMatch.Trust.Parties;
using CareMatch.Trust.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Trust.Safeguarding;

internal sealed class ListMyConcernsHandler(TrustParty party, TrustDbContext db) : IQueryHandler<ListMyConcerns, IReadOnlyList<MyConcern>>
{
    public async ValueTask<IReadOnlyList<MyConcern>> Handle(ListMyConcerns query, CancellationToken cancellationToken)
    {
        var concerns = await db.Concerns.Where(c => c.RaisedByUserId == party.UserId).ToListAsync(cancellationToken);
        return concerns.OrderByDescending(c => c.RaisedAt)
            .Select(c => new MyConcern(c.Id, c.Reference, c.RaisedAt, c.Urgent, c.Status, c.CouncilEmailedAt, ConcernAboutWords.Capitalised(c.About)))
            .ToList();
    }
}
