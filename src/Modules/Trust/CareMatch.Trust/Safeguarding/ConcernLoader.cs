using CareMatch.SharedKernel.Authorization;
using CareMatch.Trust.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Trust.Safeguarding;

internal static class ConcernLoader
{
    public static async Task<Concern> LoadAsync(TrustDbContext db, Guid concernId, CancellationToken cancellationToken) =>
        await db.Concerns.SingleOrDefaultAsync(c => c.Id == concernId, cancellationToken)
        ?? throw new NotFoundException($"No concern {concernId}.");
}
