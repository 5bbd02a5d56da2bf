using CareMatch.Needs.Contracts;
using CareMatch.Needs.Persistence;
using CareMatch.Needs.Requests;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Needs.ForModules;

/// <summary>
/// The open requests for Matching to rank. No caller check: it returns only
/// <see cref="CareRequestFacts"/>, what every module already hears in Needs' events, and is
/// meant to be sent by Matching (which requires a signed-in carer) and never by a page.
/// </summary>
internal sealed class ListOpenCareRequestsForMatchingHandler(NeedsDbContext db)
    : IQueryHandler<ListOpenCareRequestsForMatching, IReadOnlyList<OpenCareRequest>>
{
    public async ValueTask<IReadOnlyList<OpenCareRequest>> Handle(ListOpenCareRequestsForMatching query, CancellationToken cancellationToken)
    {
        var requests = db.CareRequests.AsNoTracking().Where(r => r.Status == CareRequestStatus.Open);
        if (query.Only is { } only) requests = requests.Where(r => only.Contains(r.Id));
        var open = await requests.ToListAsync(cancellationToken);
        return [.. open.Select(r => new OpenCareRequest(r.Id, r.Facts()))];
    }
}
