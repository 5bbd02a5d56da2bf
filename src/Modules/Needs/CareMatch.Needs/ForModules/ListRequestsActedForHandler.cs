using CareMatch.Needs.Contracts;
using CareMatch.Needs.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Needs.ForModules;

internal sealed class ListRequestsActedForHandler(NeedsDbContext db) : IQueryHandler<ListRequestsActedFor, IReadOnlyList<Guid>>
{
    public async ValueTask<IReadOnlyList<Guid>> Handle(ListRequestsActedFor query, CancellationToken cancellationToken) =>
        await db.RequestAccesses.AsNoTracking()
            .Where(a => a.UserId == query.UserId && a.AcceptedAt != null && a.EndedAt == null)
            .Select(a => a.RequestId)
            .ToListAsync(cancellationToken);
}
