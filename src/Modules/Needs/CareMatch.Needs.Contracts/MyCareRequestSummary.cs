namespace CareMatch.Needs.Contracts;

public sealed record MyCareRequestSummary(
    Guid RequestId,
    string RecipientFirstName,
    IReadOnlyList<CareType> CareTypes,
    ScheduleKind Schedule,
    DateOnly StartDate,
    CareRequestStatus Status,
    DateTimeOffset CreatedAt);
