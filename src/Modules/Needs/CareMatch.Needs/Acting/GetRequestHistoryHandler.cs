using CareMatch.Needs.Contracts;
using CareMatch.Needs.Persistence;
using CareMatch.SharedKernel.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Needs.Acting;

/// <summary>
/// The request's history with a name at every line: "You", or how the others know the person.
/// Someone whose account has gone since is "Someone who has left".
/// </summary>
internal sealed class GetRequestHistoryHandler(NeedsDbContext db, ICurrentUser currentUser) : IQueryHandler<GetRequestHistory, IReadOnlyList<RequestHistoryEntry>>
{
    public const string Gone = "Someone who has left";

    public async ValueTask<IReadOnlyList<RequestHistoryEntry>> Handle(GetRequestHistory query, CancellationToken cancellationToken)
    {
        var seat = await db.RequireSeatAsync(currentUser, query.RequestId, cancellationToken);
        var names = await PeopleNames.OnRequestAsync(db, seat.Request, cancellationToken);
        var activities = await db.RequestActivities.AsNoTracking()
            .Where(a => a.RequestId == seat.Request.Id)
            .ToListAsync(cancellationToken);
        return [.. activities
            .OrderByDescending(a => a.At)
            .Select(a => new RequestHistoryEntry(a.At, a.What, a.ActorUserId == seat.UserId ? "You" : names.GetValueOrDefault(a.ActorUserId, Gone)))];
    }
}
