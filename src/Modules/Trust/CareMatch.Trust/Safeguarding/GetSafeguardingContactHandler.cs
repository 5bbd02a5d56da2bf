using CareMatch.Trust.Contracts;
using CareMatch.Trust.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Trust.Safeguarding;

internal sealed class GetSafeguardingContactHandler(TrustDbContext db) : IQueryHandler<GetSafeguardingContact, SafeguardingContactView?>
{
    public async ValueTask<SafeguardingContactView?> Handle(GetSafeguardingContact query, CancellationToken cancellationToken) =>
        await db.SafeguardingContacts.Where(c => c.CouncilId == query.CouncilId)
            .Select(c => new SafeguardingContactView(c.Email, c.Phone))
            .SingleOrDefaultAsync(cancellationToken);
}
