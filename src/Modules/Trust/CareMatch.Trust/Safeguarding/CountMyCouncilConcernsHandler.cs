using CareMatch.Commissioning.Contracts;
using CareMatch.SharedKernel.Authorization;
using CareMatch.Trust.Contracts;
using CareMatch.Trust.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Trust.Safeguarding;

/// <summary>Counts of the commissioner's own council's concerns, small numbers suppressed; no council, all zero.</summary>
internal sealed class CountMyCouncilConcernsHandler(TrustDbContext db, IModuleSender sender) : IQueryHandler<CountMyCouncilConcerns, ConcernCounts>
{
    public async ValueTask<ConcernCounts> Handle(CountMyCouncilConcerns query, CancellationToken cancellationToken)
    {
        if (await sender.Send(new GetMyCouncil(), cancellationToken) is not { } council) return new ConcernCounts(0, 0, 0);
        var concerns = await db.Concerns.Where(c => c.CouncilId == council.Id).Select(c => new { c.Status, c.Urgent }).ToListAsync(cancellationToken);
        return new ConcernCounts(
            Suppress(concerns.Count(c => c.Status != ConcernStatus.Closed)),
            Suppress(concerns.Count(c => c.Urgent)),
            Suppress(concerns.Count(c => c.Status == ConcernStatus.Closed)));
    }

    private static int? Suppress(int count) => count is > 0 and < ConcernCounts.SuppressedBelow ? null : count;
}
