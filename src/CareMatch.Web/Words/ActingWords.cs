using CareMatch.Needs.Contracts;

namespace CareMatch.Web.Words;

/// <summary>People acting on a request, in words. Needs owns the roles' words because its emails and history say them too.</summary>
public static class ActingWords
{
    public static string Of(ActingRole role) => ActingRoleWords.Of(role);

    public static string Of(AccessStatus status) => status switch
    {
        AccessStatus.Invited => "Invited",
        AccessStatus.HasAccess => "Has access",
        AccessStatus.Withdrawn => "Access ended",
        AccessStatus.InvitationExpired => "Invitation lapsed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>What each role may mean, under its radio on the invitation form.</summary>
    public static string HintFor(ActingRole role) => role switch
    {
        ActingRole.FamilyMember => "A relative or friend who helps arrange care.",
        ActingRole.Attorney => "Holds a registered lasting power of attorney for health and welfare, or for property and financial affairs.",
        ActingRole.AuthorisedPerson => "Named by the council to manage a direct payment for the person cared for.",
        ActingRole.PersonCaredFor => "The person the care is for. They can see everyone on the request and end anyone's access.",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };
}
