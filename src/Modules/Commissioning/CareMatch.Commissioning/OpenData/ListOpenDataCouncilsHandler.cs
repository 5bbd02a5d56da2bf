using CareMatch.Commissioning.Contracts;
using CareMatch.Commissioning.Councils;
using CareMatch.Commissioning.Persistence;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Commissioning.OpenData;

internal sealed class ListOpenDataCouncilsHandler(CommissioningDbContext db, IClock clock) : IQueryHandler<ListOpenDataCouncils, OpenDataCatalogue>
{
    public async ValueTask<OpenDataCatalogue> Handle(ListOpenDataCouncils query, CancellationToken cancellationToken)
    {
        var councils = await db.Councils.AsNoTracking().Include(c => c.Districts).OrderBy(c => c.Name).ToListAsync(cancellationToken);
        return new OpenDataCatalogue(
            [.. councils.Select(c => new OpenDataCouncil(c.Id, c.Name, [.. c.Districts.Select(d => d.District).Order(DistrictOrder.Natural)]))],
            await Freshness.NowAsync(db, clock.UtcNow, cancellationToken));
    }
}
