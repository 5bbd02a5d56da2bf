using CareMatch.SharedKernel.Authorization;
using CareMatch.Trust.Contracts;
using CareMatch.Trust.Parties;
using CareMatch.Trust.Persistence;
using Mediator;

namespace CareMatch.Trust.Reviews;

internal sealed class GetReviewsOfMeHandler(TrustParty party, TrustDbContext db) : IQueryHandler<GetReviewsOfMe, CarerReviews>
{
    public async ValueTask<CarerReviews> Handle(GetReviewsOfMe query, CancellationToken cancellationToken) =>
        await CarerReviewsOf.LoadAsync(db, await party.CarerProfileIdAsync(cancellationToken) ?? throw new NotFoundException("No carer profile yet."), cancellationToken);
}
