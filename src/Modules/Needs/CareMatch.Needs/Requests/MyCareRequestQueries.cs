using CareMatch.Needs.Acting;
using CareMatch.Needs.Contracts;
using CareMatch.Needs.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Needs.Requests;

/// <summary>What a seeker reads about the requests they posted or were invited to act on. Every query is scoped to the asker.</summary>
internal sealed class MyCareRequestQueries(NeedsDbContext db, ICurrentUser currentUser) :
    IQueryHandler<ListMyCareRequests, IReadOnlyList<MyCareRequestSummary>>,
    IQueryHandler<GetMyCareRequest, MyCareRequest>,
    IQueryHandler<GetMyCareRequestForEditing, EditableCareRequest>
{
    public async ValueTask<IReadOnlyList<MyCareRequestSummary>> Handle(ListMyCareRequests query, CancellationToken cancellationToken)
    {
        var seekerId = currentUser.RequireUserId();
        var roles = await db.RequestAccesses.AsNoTracking().HeldBy(seekerId)
            .ToDictionaryAsync(a => a.RequestId, a => a.Role, cancellationToken);
        var requests = await db.CareRequests.AsNoTracking()
            .Where(r => r.SeekerUserId == seekerId || roles.Keys.Contains(r.Id))
            .OrderByDescending(r => r.CreatedAt)
            .ToListAsync(cancellationToken);
        return [.. requests.Select(r => new MyCareRequestSummary(
            r.Id, r.RecipientFirstName, [.. r.CareTypes], r.Schedule, r.StartDate, r.Status, r.CreatedAt,
            roles.TryGetValue(r.Id, out var role) && r.SeekerUserId != seekerId ? ActingRoleWords.Of(role) : null))];
    }

    public async ValueTask<MyCareRequest> Handle(GetMyCareRequest query, CancellationToken cancellationToken)
    {
        var seat = await db.RequireSeatAsync(currentUser, query.RequestId, cancellationToken);
        return seat.Request.ForOwner() with { YouActAs = seat.Access is { } access ? ActingRoleWords.Of(access.Role) : null };
    }

    public async ValueTask<EditableCareRequest> Handle(GetMyCareRequestForEditing query, CancellationToken cancellationToken)
    {
        var request = await db.RequireActingAsync(currentUser, query.RequestId, cancellationToken);
        return new EditableCareRequest(request.Status, CareRequestLifecycle.CanEdit(request.Status), request.AsTyped());
    }
}
