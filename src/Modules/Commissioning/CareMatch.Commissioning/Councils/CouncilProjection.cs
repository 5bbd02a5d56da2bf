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
}
