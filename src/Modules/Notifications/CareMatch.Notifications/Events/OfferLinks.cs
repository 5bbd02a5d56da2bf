namespace CareMatch.Notifications.Events;

/// <summary>Where each side answers offers.</summary>
internal static class OfferLinks
{
    public const string Carer = "/Carer/Offers";

    public static string Seeker(Guid requestId) => $"/Seeker/Requests/{requestId}/Offers";
}
