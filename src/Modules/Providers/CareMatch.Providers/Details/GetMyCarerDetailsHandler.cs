using CareMatch.Providers.Common;
using CareMatch.Providers.Contracts;
using CareMatch.Providers.Persistence;
using CareMatch.SharedKernel.Identity;
using Mediator;

namespace CareMatch.Providers.Details;

internal sealed class GetMyCarerDetailsHandler(ProvidersDbContext db, ICurrentUser currentUser)
    : IQueryHandler<GetMyCarerDetails, CarerDetails>
{
    public async ValueTask<CarerDetails> Handle(GetMyCarerDetails query, CancellationToken cancellationToken)
    {
        var profile = await MyProfile.FindAsync(db, currentUser, cancellationToken);
        return profile is null ? CarerDetailsMapping.Empty : CarerDetailsMapping.Of(profile);
    }
}
