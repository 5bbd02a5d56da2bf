using CareMatch.Providers.Contracts;
using CareMatch.Providers.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Providers.ForModules;

/// <summary>No caller check: modules only (the access rule says so), never a page.</summary>
internal sealed class GetCarerContactHandler(ProvidersDbContext db) : IQueryHandler<GetCarerContact, CarerContact?>
{
    public async ValueTask<CarerContact?> Handle(GetCarerContact query, CancellationToken cancellationToken) =>
        await db.CarerProfiles.AsNoTracking()
            .Where(p => p.Id == query.ProfileId)
            .Select(p => new CarerContact(p.Id, p.UserId, p.DisplayName))
            .SingleOrDefaultAsync(cancellationToken);
}
