using CareMatch.SharedKernel.Authorization;
using CareMatch.Trust.Contracts;
using CareMatch.Trust.Parties;
using CareMatch.Trust.Persistence;
using Mediator;

namespace CareMatch.Trust.Reviews;

internal sealed class GetCarerReviewsHandler(TrustParty party, TrustDbContext db) : IQueryHandler<GetCarerReviews, CarerReviews>
{
    public async ValueTask<CarerReviews> Handle(GetCarerReviews query, CancellationToken cancellationToken)
    {
        if (await party.CarerProfileIdAsync(cancellationToken) is { } me && me != query.CarerProfileId)
        {
            throw new NotFoundException($"Carers see only their own reviews, not {query.CarerProfileId}'s.");
        }

        return await CarerReviewsOf.LoadAsync(db, query.CarerProfileId, cancellationToken);
    }
}
