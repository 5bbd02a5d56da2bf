using CareMatch.Needs.Contracts;
using CareMatch.SharedKernel.Time;
using Mediator;

namespace CareMatch.Needs.Acting;

internal sealed class GetInvitationToRequestHandler(InvitationLookup lookup, IClock clock) : IQueryHandler<GetInvitationToRequest, InvitationToRequest?>
{
    public async ValueTask<InvitationToRequest?> Handle(GetInvitationToRequest query, CancellationToken cancellationToken)
    {
        if (await lookup.FindAsync(query.Token, cancellationToken) is not var (access, request, forYou)) return null;
        return new InvitationToRequest(
            request.Id, request.PosterName ?? PeopleNames.UnnamedPoster, request.RecipientFirstName, ActingRoleWords.Of(access.Role),
            InvitationLookup.Masked(access.Email), forYou, access.StatusAt(clock.UtcNow));
    }
}
