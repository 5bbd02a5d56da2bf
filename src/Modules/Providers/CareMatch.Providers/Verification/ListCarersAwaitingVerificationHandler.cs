using CareMatch.Providers.Contracts;
using CareMatch.Providers.Persistence;
using CareMatch.SharedKernel.Authorization;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Providers.Verification;

internal sealed class ListCarersAwaitingVerificationHandler(ProvidersDbContext db)
    : IQueryHandler<ListCarersAwaitingVerification, IReadOnlyList<CarerAwaitingVerification>>
{
    public async ValueTask<IReadOnlyList<CarerAwaitingVerification>> Handle(ListCarersAwaitingVerification query, CancellationToken cancellationToken)
    {
        var waiting = await db.Credentials.AsNoTracking()
            .Where(c => c.State == CredentialState.AwaitingReview)
            .Select(c => new { c.ProfileId, c.SubmittedAt })
            .ToListAsync(cancellationToken);
        var profileIds = waiting.Select(w => w.ProfileId).Distinct().ToList();
        var profiles = await db.CarerProfiles.AsNoTracking()
            .Where(p => profileIds.Contains(p.Id))
            .Select(p => new { p.Id, p.DisplayName, p.Email })
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        // Grouped here rather than in SQL: SQLite cannot take MIN of a DateTimeOffset.
        return waiting.GroupBy(w => w.ProfileId)
            .Where(g => profiles.ContainsKey(g.Key))
            .Select(g => new CarerAwaitingVerification(g.Key, profiles[g.Key].DisplayName, profiles[g.Key].Email, g.Count(), g.Min(w => w.SubmittedAt)))
            .OrderBy(c => c.OldestSubmittedAt)
            .ToList();
    }
}
