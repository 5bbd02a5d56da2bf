using CareMatch.Commissioning.Contracts;
using CareMatch.Commissioning.Persistence;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Commissioning.OpenData;

/// <summary>One council's rows only, read from the last roll-up: open data never counts anything live.</summary>
internal sealed class GetOpenFiguresHandler(CommissioningDbContext db, IClock clock) : IQueryHandler<GetOpenFigures, OpenFigures?>
{
    public async ValueTask<OpenFigures?> Handle(GetOpenFigures query, CancellationToken cancellationToken)
    {
        var council = await db.Councils.Where(c => c.Id == query.CouncilId).Select(c => new { c.Id, c.Name }).SingleOrDefaultAsync(cancellationToken);
        if (council is null) return null;
        var freshness = await Freshness.NowAsync(db, clock.UtcNow, cancellationToken);
        var figures = await db.MonthlyFigures.AsNoTracking().Where(f => f.CouncilId == council.Id).ToListAsync(cancellationToken);
        var rows = freshness.ComputedAt is { } computedAt ? PublishedMonths.Of(figures, computedAt) : [];
        return new OpenFigures(council.Id, council.Name, freshness, rows);
    }
}
