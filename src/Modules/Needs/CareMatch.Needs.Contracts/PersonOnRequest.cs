namespace CareMatch.Needs.Contracts;

/// <summary>
/// One person on a request. <paramref name="AccessId"/> is null for the poster, whose access
/// cannot be withdrawn (the booking and its payments are theirs).
/// </summary>
public sealed record PersonOnRequest(
    Guid? AccessId,
    string Name,
    string RoleWords,
    AccessStatus Status,
    DateTimeOffset Since,
    bool IsYou,
    bool YouMayWithdraw);
