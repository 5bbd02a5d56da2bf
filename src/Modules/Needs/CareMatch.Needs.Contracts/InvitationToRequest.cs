namespace CareMatch.Needs.Contracts;

/// <summary>
/// An invitation as its link's holder sees it. <paramref name="ForYou"/> is false when the
/// signed-in account's email is not the one invited (a forwarded link): it cannot be accepted.
/// </summary>
public sealed record InvitationToRequest(
    Guid RequestId,
    string InvitedBy,
    string RecipientFirstName,
    string RoleWords,
    string MaskedEmail,
    bool ForYou,
    AccessStatus Status);
