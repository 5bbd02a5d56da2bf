using CareMatch.Needs.Contracts;
using CareMatch.Needs.Acting;
using CareMatch.Needs.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Needs.ForModules;

internal sealed class ListRequestsActedForHandler(NeedsDbContext db) : IQueryHandler<ListRequestsActedFor, IReadOnlyList<Guid>>
{
    public async ValueTask<IReadOnlyList<Guid>> Handle(ListRequestsActedFor query, CancellationToken cancellationToken) =>
        await db.RequestAccesses.AsNoTracking()
            .HeldBy(query.UserId)
            .Select(a => a.RequestId)
            .ToListAsync(cancellationToken);
}
