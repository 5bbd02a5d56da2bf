using CareMatch.Matching.Contracts;
using CareMatch.Matching.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Matching.OpenRequests;

internal sealed class ListMyWideningOffersHandler(ICurrentUser currentUser, MatchingDbContext db)
    : IQueryHandler<ListMyWideningOffers, IReadOnlyList<PendingWideningOffer>>
{
    public async ValueTask<IReadOnlyList<PendingWideningOffer>> Handle(ListMyWideningOffers query, CancellationToken cancellationToken)
    {
        var seekerId = currentUser.RequireUserId();
        var offers = await db.TrackedRequests.AsNoTracking()
            .Where(t => t.SeekerUserId == seekerId && t.WideningOfferedAt != null && t.WidenedAt == null)
            .ToListAsync(cancellationToken);
        return offers.OrderBy(t => t.WideningOfferedAt).Select(t => new PendingWideningOffer(t.RequestId, t.Sector, t.WideningOfferedAt!.Value)).ToList();
    }
}
