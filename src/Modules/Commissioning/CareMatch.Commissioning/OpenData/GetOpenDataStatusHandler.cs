using CareMatch.Commissioning.Contracts;
using CareMatch.Commissioning.Persistence;
using CareMatch.SharedKernel.Time;
using Mediator;

namespace CareMatch.Commissioning.OpenData;

internal sealed class GetOpenDataStatusHandler(CommissioningDbContext db, IClock clock) : IQueryHandler<GetOpenDataStatus, OpenDataFreshness>
{
    public async ValueTask<OpenDataFreshness> Handle(GetOpenDataStatus query, CancellationToken cancellationToken) =>
        await Freshness.NowAsync(db, clock.UtcNow, cancellationToken);
}
