namespace CareMatch.Bookings.Offers;

/// <summary>Which side of an offer or booking the signed-in person is on.</summary>
internal enum OfferParty
{
    None = 0,
    Seeker,
    Carer,
}
