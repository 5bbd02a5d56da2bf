using CareMatch.Commissioning.Contracts;
using CareMatch.Commissioning.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Commissioning.Councils;

internal sealed class ListCouncilsHandler(CommissioningDbContext db)
    : IQueryHandler<ListCouncils, IReadOnlyList<CouncilSummary>>
{
    public async ValueTask<IReadOnlyList<CouncilSummary>> Handle(ListCouncils query, CancellationToken cancellationToken)
    {
        return [.. (await db.Summaries(db.Councils.OrderBy(c => c.Name)).ToListAsync(cancellationToken)).Select(c => c.InReadingOrder())];
    }
}
