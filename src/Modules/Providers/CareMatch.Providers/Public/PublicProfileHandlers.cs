using CareMatch.Providers.Bookability;
using CareMatch.Providers.Common;
using CareMatch.Providers.Contracts;
using CareMatch.Providers.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Providers.Public;

/// <summary>
/// What seekers and the matching engine may read about carers. Only public fields, only of
/// bookable carers, so these queries need no caller check of their own (the seeker page has
/// its role check; matching calls them from scheduled tasks, with nobody signed in).
/// </summary>
internal sealed class PublicProfileHandlers(ProvidersDbContext db, IClock clock) :
    IQueryHandler<GetPublicCarerProfile, PublicCarerProfile>,
    IQueryHandler<ListBookableCarers, IReadOnlyList<PublicCarerProfile>>,
    IQueryHandler<IsCarerBookable, bool>
{
    public async ValueTask<PublicCarerProfile> Handle(GetPublicCarerProfile query, CancellationToken cancellationToken)
    {
        var profile = await PublicProfiles.Candidates(db).SingleOrDefaultAsync(p => p.Id == query.ProfileId, cancellationToken);
        return (profile is null ? null : PublicProfiles.Of(profile, clock.Today(), query.FromLatitude, query.FromLongitude))
            ?? throw new NotFoundException();
    }

    public async ValueTask<IReadOnlyList<PublicCarerProfile>> Handle(ListBookableCarers query, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var profiles = await PublicProfiles.Candidates(db).AsSplitQuery().ToListAsync(cancellationToken);
        return profiles.Select(p => PublicProfiles.Of(p, today, query.FromLatitude, query.FromLongitude))
            .OfType<PublicCarerProfile>()
            .OrderBy(p => p.DistanceKm ?? 0).ThenBy(p => p.DisplayName, StringComparer.Ordinal)
            .ToList();
    }

    public async ValueTask<bool> Handle(IsCarerBookable query, CancellationToken cancellationToken)
    {
        var profile = await PublicProfiles.Candidates(db).SingleOrDefaultAsync(p => p.Id == query.ProfileId, cancellationToken);
        return profile is not null && CarerBookability.IsBookable(profile, clock.Today());
    }
}
