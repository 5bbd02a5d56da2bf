using CareMatch.Needs.Acting;
using CareMatch.Needs.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Needs.Requests;

/// <summary>
/// The one way a handler loads a request for the seeker asking: its poster, or someone they invited
/// who took up access and still has it. Anyone else's id is "not found", never "forbidden", so
/// nobody can learn which ids exist by trying them.
/// </summary>
internal static class OwnRequests
{
    public static async Task<CareRequest> RequireActingAsync(this NeedsDbContext db, ICurrentUser currentUser, Guid requestId, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        var helpedWith = db.RequestAccesses.HeldBy(userId).Select(a => a.RequestId);
        return await db.CareRequests.SingleOrDefaultAsync(r => r.Id == requestId && (r.SeekerUserId == userId || helpedWith.Contains(r.Id)), cancellationToken)
            ?? throw new NotFoundException();
    }
}
