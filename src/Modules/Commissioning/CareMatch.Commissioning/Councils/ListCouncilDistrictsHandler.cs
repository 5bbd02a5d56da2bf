using CareMatch.Commissioning.Contracts;
using CareMatch.Commissioning.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Commissioning.Councils;

internal sealed class ListCouncilDistrictsHandler(CommissioningDbContext db) : IQueryHandler<ListCouncilDistricts, IReadOnlyDictionary<string, Guid>>
{
    public async ValueTask<IReadOnlyDictionary<string, Guid>> Handle(ListCouncilDistricts query, CancellationToken cancellationToken) =>
        await db.Councils.AsNoTracking().SelectMany(c => c.Districts)
            .ToDictionaryAsync(d => d.District, d => d.CouncilId, StringComparer.OrdinalIgnoreCase, cancellationToken);
}
