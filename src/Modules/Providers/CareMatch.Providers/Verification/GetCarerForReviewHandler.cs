using CareMatch.Providers.Bookability;
using CareMatch.Providers.Common;
using CareMatch.Providers.Contracts;
using CareMatch.Providers.Credentials;
using CareMatch.Providers.Details;
using CareMatch.Providers.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Providers.Verification;

internal sealed class GetCarerForReviewHandler(ProvidersDbContext db, IClock clock)
    : IQueryHandler<GetCarerForReview, CarerForReview>
{
    public async ValueTask<CarerForReview> Handle(GetCarerForReview query, CancellationToken cancellationToken)
    {
        var profile = await db.CarerProfiles.AsNoTracking().Include(p => p.Credentials)
            .SingleOrDefaultAsync(p => p.Id == query.ProfileId, cancellationToken) ?? throw new NotFoundException();
        var today = clock.Today();
        return new CarerForReview(profile.Id, profile.DisplayName, profile.Email, profile.HomePostcode, profile.HomeSector, profile.Status,
            CarerBookability.IsBookable(profile, today), CarerDetailsMapping.Of(profile), CredentialViews.Of(profile, today));
    }
}
