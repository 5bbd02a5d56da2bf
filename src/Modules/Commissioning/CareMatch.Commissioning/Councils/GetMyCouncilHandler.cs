using CareMatch.Commissioning.Contracts;
using CareMatch.Commissioning.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Commissioning.Councils;

internal sealed class GetMyCouncilHandler(CommissioningDbContext db, ICurrentUser currentUser) : IQueryHandler<GetMyCouncil, CouncilSummary?>
{
    public async ValueTask<CouncilSummary?> Handle(GetMyCouncil query, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        var councilId = await db.CommissionerAssignments.Where(a => a.UserId == userId).Select(a => (Guid?)a.CouncilId)
            .SingleOrDefaultAsync(cancellationToken);
        return councilId is null ? null
            : (await db.Summaries(db.Councils.Where(c => c.Id == councilId)).SingleOrDefaultAsync(cancellationToken))?.InReadingOrder();
    }
}
