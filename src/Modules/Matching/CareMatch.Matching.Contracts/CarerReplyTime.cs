namespace CareMatch.Matching.Contracts;

/// <summary>
/// The median minutes a carer took to answer invitations over the last 90 days (an invitation
/// left to lapse counts at its full lifetime), null until known, and the same in words, like
/// "Usually answers within 3 hours".
/// </summary>
public sealed record CarerReplyTime(Guid ProfileId, int? MedianMinutes, string Words);
