using CareMatch.Needs.Contracts;
using CareMatch.Needs.Persistence;
using CareMatch.SharedKernel.Identity;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Needs.Acting;

internal sealed class GetPeopleOnRequestHandler(NeedsDbContext db, ICurrentUser currentUser, IClock clock) : IQueryHandler<GetPeopleOnRequest, PeopleOnRequest>
{
    public async ValueTask<PeopleOnRequest> Handle(GetPeopleOnRequest query, CancellationToken cancellationToken)
    {
        var seat = await db.RequireSeatAsync(currentUser, query.RequestId, cancellationToken);
        var request = seat.Request;
        var now = clock.UtcNow;
        var accesses = await db.RequestAccesses.AsNoTracking().Where(a => a.RequestId == request.Id).OrderBy(a => a.InvitedAt).ToListAsync(cancellationToken);
        var poster = new PersonOnRequest(null, request.PosterName ?? PeopleNames.UnnamedPoster, PosterRole(request), AccessStatus.HasAccess, request.CreatedAt, seat.IsPoster, YouMayWithdraw: false);
        var people = accesses
            .Select(a => new PersonOnRequest(
                a.Id, a.Name, ActingRoleWords.Of(a.Role), a.StatusAt(now), a.AcceptedAt ?? a.InvitedAt,
                IsYou: a.UserId == seat.UserId,
                YouMayWithdraw: a.EndedAt is null && seat.MayWithdraw(a)))
            .ToList();
        return new PeopleOnRequest(request.Id, request.RecipientFirstName, request.Status, seat.MayManage, seat.IsPoster ? request.PosterName : seat.Access!.Name, poster, people);
    }

    private static string PosterRole(Requests.CareRequest request) =>
        request.RecipientRelationship == RecipientRelationship.Myself ? "the person cared for, posted the request" : "posted the request";
}
