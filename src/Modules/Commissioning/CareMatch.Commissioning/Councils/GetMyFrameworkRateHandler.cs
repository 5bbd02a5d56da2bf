using CareMatch.Commissioning.Contracts;
using CareMatch.Commissioning.Persistence;
using CareMatch.SharedKernel.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Commissioning.Councils;

internal sealed class GetMyFrameworkRateHandler(CommissioningDbContext db, ICurrentUser currentUser) : IQueryHandler<GetMyFrameworkRate, long?>
{
    public async ValueTask<long?> Handle(GetMyFrameworkRate query, CancellationToken cancellationToken) =>
        await MyCouncil.FindAsync(db, currentUser, cancellationToken) is { } mine
            ? await db.Councils.Where(c => c.Id == mine.Id).Select(c => c.FrameworkHourlyRatePence).SingleAsync(cancellationToken)
            : null;
}
