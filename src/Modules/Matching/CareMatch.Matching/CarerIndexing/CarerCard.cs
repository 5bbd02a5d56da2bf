using CareMatch.Providers.Contracts;

namespace CareMatch.Matching.CarerIndexing;

/// <summary>
/// The public details a shortlist shows beside a ranked carer, kept with the index so ranking
/// needs no further reads; with how quickly they answer invitations (median minutes, null until known).
/// </summary>
internal sealed record CarerCard(string DisplayName, string HomeSector, long HourlyRatePence, int TravelRadiusKm, int? MedianReplyMinutes)
{
    public static CarerCard Of(PublicCarerProfile profile, int? medianReplyMinutes) =>
        new(profile.DisplayName, profile.HomeSector, profile.HourlyRatePence, profile.TravelRadiusKm, medianReplyMinutes);
}
