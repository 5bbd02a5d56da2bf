using CareMatch.Needs.Contracts;
using CareMatch.Needs.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using CareMatch.SharedKernel.Time;
using CareMatch.SharedKernel.Validation;
using Mediator;

namespace CareMatch.Needs.Acting;

/// <summary>
/// The invited account takes up access. Accepting again once accepted just answers the request
/// (a double click, or the email's link opened twice); a withdrawn or lapsed invitation is refused.
/// </summary>
internal sealed class AcceptInvitationToRequestHandler(NeedsDbContext db, InvitationLookup lookup, ICurrentUser currentUser, IClock clock) : ICommandHandler<AcceptInvitationToRequest, Guid>
{
    public async ValueTask<Guid> Handle(AcceptInvitationToRequest command, CancellationToken cancellationToken)
    {
        if (await lookup.FindAsync(command.Token, cancellationToken) is not var (access, request, forYou)) throw new NotFoundException();
        if (!forYou) throw Refusal.Whole($"This invitation was sent to {InvitationLookup.Masked(access.Email)}. Sign in with that email address to accept it.");
        var now = clock.UtcNow;
        switch (access.StatusAt(now))
        {
            case AccessStatus.HasAccess:
                return request.Id;
            case AccessStatus.Withdrawn:
                throw Refusal.Whole("This invitation was withdrawn. Ask the person who invited you to send a new one.");
            case AccessStatus.InvitationExpired:
                throw Refusal.Whole($"This invitation has lapsed: invitations last {RequestAccess.InvitationLifetime.Days} days. Ask the person who invited you to send a new one.");
        }
        var userId = currentUser.RequireUserId();
        access.Accept(userId, now);
        db.Did(request.Id, userId, $"Accepted the invitation as {ActingRoleWords.Of(access.Role)}", now);
        return request.Id;
    }
}
