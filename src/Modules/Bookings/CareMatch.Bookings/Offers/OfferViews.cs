using CareMatch.Bookings.Contracts;

namespace CareMatch.Bookings.Offers;

internal static class OfferViews
{
    public static OfferView ViewFor(this Offer offer, OfferParty side, DateTimeOffset now)
    {
        var open = offer.IsPending(now);
        var answers = offer.IsAnsweredBy(side);
        var status = offer.Status == OfferStatus.Pending && !open ? OfferStatus.Expired : offer.Status;
        return new OfferView(
            offer.Id, offer.Kind, status, offer.RequestId, offer.Sector, offer.CarerProfileId, offer.CarerName, offer.Message, offer.DeclineReason,
            offer.SentAt, offer.ExpiresAt, offer.BookingId,
            CanAccept: open && answers, CanDecline: open && answers, CanWithdraw: open && !answers, Closed: offer.WhyClosed(now));
    }
}
