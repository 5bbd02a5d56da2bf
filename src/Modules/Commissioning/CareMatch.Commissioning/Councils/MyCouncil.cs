using CareMatch.Commissioning.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Commissioning.Councils;

/// <summary>The signed-in commissioner's council (its id and name), or null before they are linked to one: every view starts here, so none can show another council.</summary>
internal static class MyCouncil
{
    public static async Task<(Guid Id, string Name)?> FindAsync(CommissioningDbContext db, ICurrentUser currentUser, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        var council = await db.CommissionerAssignments.Where(a => a.UserId == userId)
            .Join(db.Councils, a => a.CouncilId, c => c.Id, (_, c) => new { c.Id, c.Name })
            .SingleOrDefaultAsync(cancellationToken);
        return council is null ? null : (council.Id, council.Name);
    }
}
