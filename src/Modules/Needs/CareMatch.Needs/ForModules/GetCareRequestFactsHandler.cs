using CareMatch.Needs.Contracts;
using CareMatch.Needs.Persistence;
using CareMatch.Needs.Requests;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Needs.ForModules;

internal sealed class GetCareRequestFactsHandler(NeedsDbContext db) : IQueryHandler<GetCareRequestFacts, CareRequestFacts?>
{
    public async ValueTask<CareRequestFacts?> Handle(GetCareRequestFacts query, CancellationToken cancellationToken)
    {
        var r = await db.CareRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == query.RequestId, cancellationToken);
        return r?.Facts();
    }
}
