using CareMatch.Providers.Contracts;
using CareMatch.Providers.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Providers.ForModules;

/// <summary>No caller check: modules only (the access rule says so), never a page.</summary>
internal sealed class ListCarerNamesOfUsersHandler(ProvidersDbContext db) : IQueryHandler<ListCarerNamesOfUsers, IReadOnlyDictionary<string, string>>
{
    public async ValueTask<IReadOnlyDictionary<string, string>> Handle(ListCarerNamesOfUsers query, CancellationToken cancellationToken)
    {
        var ids = query.UserIds.Distinct().ToList();
        if (ids.Count == 0) return new Dictionary<string, string>();
        var named = await db.CarerProfiles.AsNoTracking()
            .Where(p => ids.Contains(p.UserId) && p.DisplayName != null)
            .Select(p => new { p.UserId, p.DisplayName })
            .ToListAsync(cancellationToken);
        return named.ToDictionary(p => p.UserId, p => p.DisplayName!);
    }
}
