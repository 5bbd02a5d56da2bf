using CareMatch.Commissioning.Contracts;
using CareMatch.Commissioning.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Commissioning.Councils;

/// <summary>One council by id, for admins and for other modules checking that a council exists.</summary>
internal sealed class GetCouncilHandler(CommissioningDbContext db) : IQueryHandler<GetCouncil, CouncilSummary?>
{
    public async ValueTask<CouncilSummary?> Handle(GetCouncil query, CancellationToken cancellationToken) =>
        (await db.Summaries(db.Councils.Where(c => c.Id == query.CouncilId)).SingleOrDefaultAsync(cancellationToken))?.InReadingOrder();
}
