namespace CareMatch.Needs.Contracts;

public enum AccessStatus
{
    Invited = 1,
    HasAccess,
    Withdrawn,
    InvitationExpired,
}
