using CareMatch.Bookings.Parties;
using CareMatch.Bookings.Persistence;
using CareMatch.SharedKernel.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Bookings.Offers;

internal static class OfferAccess
{
    /// <summary>The offer and the viewer's side of it; anyone who is neither side gets not found.</summary>
    public static async Task<(Offer Offer, OfferParty Side)> LoadAsync(BookingsDbContext db, CurrentParty party, Guid offerId, CancellationToken cancellationToken)
    {
        var offer = await db.Offers.SingleOrDefaultAsync(o => o.Id == offerId, cancellationToken) ?? throw new NotFoundException($"No offer {offerId}.");
        var side = await party.SideOfAsync(offer.SeekerUserId, offer.RequestId, offer.CarerProfileId, cancellationToken);
        return side == OfferParty.None ? throw new NotFoundException($"No offer {offerId}.") : (offer, side);
    }
}
