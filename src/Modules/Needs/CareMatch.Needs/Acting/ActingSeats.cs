using CareMatch.Needs.Persistence;
using CareMatch.Needs.Requests;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Needs.Acting;

internal static class ActingSeats
{
    /// <summary>The asker's seat on a request they may act on; anyone else gets not found.</summary>
    public static async Task<ActingSeat> RequireSeatAsync(this NeedsDbContext db, ICurrentUser currentUser, Guid requestId, CancellationToken cancellationToken)
    {
        var request = await db.RequireActingAsync(currentUser, requestId, cancellationToken);
        var userId = currentUser.RequireUserId();
        if (request.SeekerUserId == userId) return new ActingSeat(request, null, userId);
        var access = await db.RequestAccesses.HeldBy(userId).SingleAsync(a => a.RequestId == requestId, cancellationToken);
        return new ActingSeat(request, access, userId);
    }
}
