using CareMatch.Needs.Acting;
using CareMatch.Needs.Contracts;
using CareMatch.Needs.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Needs.ForModules;

internal sealed class GetPeopleNamesOnRequestHandler(NeedsDbContext db) : IQueryHandler<GetPeopleNamesOnRequest, IReadOnlyDictionary<string, string>>
{
    public async ValueTask<IReadOnlyDictionary<string, string>> Handle(GetPeopleNamesOnRequest query, CancellationToken cancellationToken)
    {
        var request = await db.CareRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == query.RequestId, cancellationToken);
        return request is null ? new Dictionary<string, string>() : await PeopleNames.OnRequestAsync(db, request, cancellationToken);
    }
}
