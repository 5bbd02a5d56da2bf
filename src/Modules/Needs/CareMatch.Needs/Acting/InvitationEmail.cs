using CareMatch.Needs.Contracts;
using CareMatch.SharedKernel.Email;

namespace CareMatch.Needs.Acting;

/// <summary>
/// The invitation email: who invites, for whom, in what role, and the link. It names the person
/// cared for by first name only and says nothing of their care; the link shows the rest once the
/// right account has accepted.
/// </summary>
internal static class InvitationEmail
{
    public static EmailMessage For(RequestAccess access, string invitedBy, string recipientFirstName, string link, string signUpLink) => new(
        access.Email,
        $"{invitedBy} invited you to help arrange care for {recipientFirstName} on CareMatch",
        $"""
        Hello {access.Name},

        {invitedBy} invited you to help arrange care for {recipientFirstName} on CareMatch, as {ActingRoleWords.Of(access.Role)}.

        You will be able to see the care request, choose and book carers, message them and approve visits. Everything you do is shown with your name to the others helping with this request.

        To accept, open this link and sign in with this email address ({access.Email}):
        {link}

        If you do not have a CareMatch account yet, create one as someone looking for care, with this email address, first:
        {signUpLink}

        The invitation lasts {RequestAccess.InvitationLifetime.Days} days. If you did not expect it, you can ignore this email.
        """);
}
