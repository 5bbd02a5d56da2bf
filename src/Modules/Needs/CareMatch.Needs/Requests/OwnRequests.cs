using CareMatch.Needs.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Needs.Requests;

/// <summary>
/// The one way a handler loads a request for the seeker asking: someone else's id is "not found",
/// never "forbidden", so nobody can learn which ids exist by trying them.
/// </summary>
internal static class OwnRequests
{
    public static async Task<CareRequest> RequireOwnAsync(this NeedsDbContext db, ICurrentUser currentUser, Guid requestId, CancellationToken cancellationToken)
    {
        var seekerId = currentUser.RequireUserId();
        return await db.CareRequests.SingleOrDefaultAsync(r => r.Id == requestId && r.SeekerUserId == seekerId, cancellationToken)
            ?? throw new NotFoundException();
    }
}
