namespace CareMatch.Needs.Contracts;

/// <summary>A request in the asker's list. <paramref name="YouActAs"/> is set when someone else posted it and the asker was invited, like "attorney".</summary>
public sealed record MyCareRequestSummary(
    Guid RequestId,
    string RecipientFirstName,
    IReadOnlyList<CareType> CareTypes,
    ScheduleKind Schedule,
    DateOnly StartDate,
    CareRequestStatus Status,
    DateTimeOffset CreatedAt,
    string? YouActAs = null);
