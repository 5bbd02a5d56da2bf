using CareMatch.Commissioning.Contracts;
using CareMatch.Commissioning.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Commissioning.Councils;

internal static class CouncilProjection
{
    public static IQueryable<CouncilSummary> Summaries(this CommissioningDbContext db, IQueryable<Council> councils) =>
        councils.AsNoTracking().Select(c => new CouncilSummary(
            c.Id,
            c.Name,
            c.Districts.OrderBy(d => d.District).Select(d => d.District).ToList(),
            db.CommissionerAssignments.Count(a => a.CouncilId == c.Id)));

    /// <summary>The districts as people read them (LS2 before LS10), which the database cannot sort.</summary>
    public static CouncilSummary InReadingOrder(this CouncilSummary summary) =>
        summary with { Districts = [.. summary.Districts.Order(DistrictOrder.Natural)] };
}
