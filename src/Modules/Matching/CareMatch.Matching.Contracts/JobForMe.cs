namespace CareMatch.Matching.Contracts;

/// <summary>
/// One open request as the carer sees it in the list: public facts only (the sector, never
/// the address), with the carer's score on it and each factor's share, from rank 1.
/// </summary>
public sealed record JobForMe(
    int Rank,
    Guid RequestId,
    IReadOnlyList<string> CareTypes,
    string Sector,
    double DistanceKm,
    string When,
    long MaxHourlyRatePence,
    double Score,
    IReadOnlyList<ShortlistReason> Reasons);
