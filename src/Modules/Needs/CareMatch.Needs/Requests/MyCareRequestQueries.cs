using CareMatch.Needs.Contracts;
using CareMatch.Needs.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Needs.Requests;

/// <summary>What a seeker reads about their own requests. Every query is scoped to the asker.</summary>
internal sealed class MyCareRequestQueries(NeedsDbContext db, ICurrentUser currentUser) :
    IQueryHandler<ListMyCareRequests, IReadOnlyList<MyCareRequestSummary>>,
    IQueryHandler<GetMyCareRequest, MyCareRequest>,
    IQueryHandler<GetMyCareRequestForEditing, EditableCareRequest>
{
    public async ValueTask<IReadOnlyList<MyCareRequestSummary>> Handle(ListMyCareRequests query, CancellationToken cancellationToken)
    {
        var seekerId = currentUser.RequireUserId();
        var requests = await db.CareRequests.AsNoTracking()
            .Where(r => r.SeekerUserId == seekerId)
            .OrderByDescending(r => r.CreatedAt)
            .ToListAsync(cancellationToken);
        return [.. requests.Select(r => new MyCareRequestSummary(r.Id, r.RecipientFirstName, [.. r.CareTypes], r.Schedule, r.StartDate, r.Status, r.CreatedAt))];
    }

    public async ValueTask<MyCareRequest> Handle(GetMyCareRequest query, CancellationToken cancellationToken) =>
        (await db.RequireOwnAsync(currentUser, query.RequestId, cancellationToken)).ForOwner();

    public async ValueTask<EditableCareRequest> Handle(GetMyCareRequestForEditing query, CancellationToken cancellationToken)
    {
        var request = await db.RequireOwnAsync(currentUser, query.RequestId, cancellationToken);
        return new EditableCareRequest(request.Status, CareRequestLifecycle.CanEdit(request.Status), request.AsTyped());
    }
}
