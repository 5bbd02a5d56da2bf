using CareMatch.Providers.Common;
using CareMatch.Providers.Contracts;
using CareMatch.Providers.Persistence;
using CareMatch.SharedKernel.Identity;
using CareMatch.SharedKernel.Time;
using Mediator;

namespace CareMatch.Providers.Credentials;

internal sealed class GetMyCredentialsHandler(ProvidersDbContext db, ICurrentUser currentUser, IClock clock)
    : IQueryHandler<GetMyCredentials, IReadOnlyList<CredentialView>>
{
    public async ValueTask<IReadOnlyList<CredentialView>> Handle(GetMyCredentials query, CancellationToken cancellationToken)
    {
        var profile = await MyProfile.FindAsync(db, currentUser, cancellationToken);
        return profile is null ? [] : CredentialViews.Of(profile, clock.Today());
    }
}
