using CareMatch.Commissioning.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Commissioning.Councils;

/// <summary>A council's postcode districts, in the order people read them (<see cref="DistrictOrder"/>).</summary>
internal static class CouncilDistrictList
{
    public static async Task<List<string>> OfAsync(CommissioningDbContext db, Guid councilId, CancellationToken cancellationToken) =>
        (await db.CouncilDistricts.Where(d => d.CouncilId == councilId).Select(d => d.District).ToListAsync(cancellationToken))
            .Order(DistrictOrder.Natural).ToList();
}
