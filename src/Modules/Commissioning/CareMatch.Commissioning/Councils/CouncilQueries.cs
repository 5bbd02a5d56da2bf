using CareMatch.Commissioning.Contracts;
using CareMatch.Commissioning.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using Mediator;
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

internal sealed class ListCouncilsHandler(CommissioningDbContext db)
    : IQueryHandler<ListCouncils, IReadOnlyList<CouncilSummary>>
{
    public async ValueTask<IReadOnlyList<CouncilSummary>> Handle(ListCouncils query, CancellationToken cancellationToken)
    {
        return await db.Summaries(db.Councils.OrderBy(c => c.Name)).ToListAsync(cancellationToken);
    }
}

/// <summary>One council by id, for admins and for other modules checking that a council exists.</summary>
internal sealed class GetCouncilHandler(CommissioningDbContext db) : IQueryHandler<GetCouncil, CouncilSummary?>
{
    public async ValueTask<CouncilSummary?> Handle(GetCouncil query, CancellationToken cancellationToken) =>
        await db.Summaries(db.Councils.Where(c => c.Id == query.CouncilId)).SingleOrDefaultAsync(cancellationToken);
}

internal sealed class GetMyCouncilHandler(CommissioningDbContext db, ICurrentUser currentUser) : IQueryHandler<GetMyCouncil, CouncilSummary?>
{
    public async ValueTask<CouncilSummary?> Handle(GetMyCouncil query, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        var councilId = await db.CommissionerAssignments.Where(a => a.UserId == userId).Select(a => (Guid?)a.CouncilId)
            .SingleOrDefaultAsync(cancellationToken);
        return councilId is null ? null
            : await db.Summaries(db.Councils.Where(c => c.Id == councilId)).SingleOrDefaultAsync(cancellationToken);
    }
}

internal sealed class ListCouncilDistrictsHandler(CommissioningDbContext db) : IQueryHandler<ListCouncilDistricts, IReadOnlyDictionary<string, Guid>>
{
    public async ValueTask<IReadOnlyDictionary<string, Guid>> Handle(ListCouncilDistricts query, CancellationToken cancellationToken) =>
        await db.Councils.AsNoTracking().SelectMany(c => c.Districts)
            .ToDictionaryAsync(d => d.District, d => d.CouncilId, StringComparer.OrdinalIgnoreCase, cancellationToken);
}
