using CareMatch.Providers.Contracts;
using CareMatch.Providers.Persistence;
using CareMatch.SharedKernel.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Providers.Profiles;

internal sealed class GetMyCarerProfileHandler(ProvidersDbContext db, ICurrentUser currentUser)
    : IQueryHandler<GetMyCarerProfile, CarerProfileSummary?>
{
    public async ValueTask<CarerProfileSummary?> Handle(GetMyCarerProfile query, CancellationToken cancellationToken)
    {
        if (currentUser.UserId is not { } userId) return null;
        return await db.CarerProfiles.AsNoTracking()
            .Where(p => p.UserId == userId)
            .Select(p => new CarerProfileSummary(p.Id, p.UserId, p.Status, p.CreatedAt, p.DisplayName, p.HomePostcode, p.HomeSector))
            .SingleOrDefaultAsync(cancellationToken);
    }
}
