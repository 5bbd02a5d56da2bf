namespace CareMatch.Matching.Contracts;

/// <summary>
/// One carer on the shortlist: public details only (never their postcode), best first from rank 1,
/// and how quickly they answer invitations in words (<see cref="CarerReplyTime.Words"/>).
/// </summary>
public sealed record ShortlistedCarer(
    int Rank,
    Guid ProfileId,
    string DisplayName,
    string HomeSector,
    double DistanceKm,
    long HourlyRatePence,
    double Score,
    IReadOnlyList<ShortlistReason> Reasons,
    bool BeyondUsualTravel = false,
    string ReplyTime = "");
