using CareMatch.Providers.Bookability;
using CareMatch.Providers.Common;
using CareMatch.Providers.Contracts;
using CareMatch.Providers.Persistence;
using CareMatch.SharedKernel.Identity;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Providers.Profiles;

internal sealed class GetMyCarerProfileHandler(ProvidersDbContext db, ICurrentUser currentUser, IClock clock)
    : IQueryHandler<GetMyCarerProfile, CarerProfileSummary?>
{
    public async ValueTask<CarerProfileSummary?> Handle(GetMyCarerProfile query, CancellationToken cancellationToken)
    {
        if (currentUser.UserId is not { } userId) return null;
        var profile = await db.CarerProfiles.AsNoTracking().Include(p => p.Credentials)
            .SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        if (profile is null) return null;
        var today = clock.Today();
        return new CarerProfileSummary(profile.Id, profile.UserId, profile.Status, profile.CreatedAt, profile.DisplayName, profile.HomePostcode, profile.HomeSector)
        {
            Bookable = CarerBookability.IsBookable(profile, today),
            Notices = CarerNotices.For(profile, today),
        };
    }
}
