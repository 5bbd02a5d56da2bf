namespace CareMatch.Matching.Contracts;

/// <summary>One alert: the request's public facts only, when it was sent and whether the carer has marked it seen.</summary>
public sealed record JobAlert(
    Guid RequestId,
    IReadOnlyList<string> CareTypes,
    string Sector,
    string When,
    long MaxHourlyRatePence,
    DateTimeOffset SentAt,
    bool Seen);
