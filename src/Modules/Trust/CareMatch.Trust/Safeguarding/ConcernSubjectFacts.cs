using CareMatch.Trust.Contracts;

namespace CareMatch.Trust.Safeguarding;

/// <summary>
/// What a concern is about, as found when it is raised: the ids that tie it to its message, carer,
/// booking or visit, a name and times to show it by, and the district and council it goes to.
/// </summary>
internal sealed record ConcernSubjectFacts(
    ConcernSubject Subject,
    Guid? ConversationId,
    Guid? MessageId,
    Guid? CarerProfileId,
    Guid? BookingId,
    Guid? VisitId,
    string? AboutName,
    DateTimeOffset? VisitStartsAt,
    DateTimeOffset? VisitEndsAt,
    string District,
    Guid? CouncilId);
