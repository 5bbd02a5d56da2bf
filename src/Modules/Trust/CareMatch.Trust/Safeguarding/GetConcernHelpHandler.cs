using CareMatch.Trust.Contracts;
using CareMatch.Trust.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Trust.Safeguarding;

internal sealed class GetConcernHelpHandler(ConcernSubjects subjects, TrustDbContext db) : IQueryHandler<GetConcernHelp, ConcernHelp>
{
    public async ValueTask<ConcernHelp> Handle(GetConcernHelp query, CancellationToken cancellationToken)
    {
        var about = await subjects.FindAsync(query.About, cancellationToken);
        var phone = about.CouncilId is { } id
            ? await db.SafeguardingContacts.Where(c => c.CouncilId == id).Select(c => c.Phone).SingleOrDefaultAsync(cancellationToken)
            : null;
        return new ConcernHelp(phone, ConcernAboutWords.Of(about));
    }
}
