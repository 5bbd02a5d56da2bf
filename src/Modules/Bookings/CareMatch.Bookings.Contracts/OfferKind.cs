namespace CareMatch.Bookings.Contracts;

/// <summary>Who started an offer: the seeker inviting a carer, or a carer applying to a request.</summary>
public enum OfferKind
{
    Invitation = 1,
    Application,
}
