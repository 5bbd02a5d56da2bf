using CareMatch.SharedKernel.Authorization;
using CareMatch.Trust.Contracts;
using CareMatch.Trust.Parties;
using CareMatch.Trust.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Trust.Safeguarding;

internal sealed class GetConcernHelpHandler(TrustParty party, TrustDbContext db, IModuleSender sender) : IQueryHandler<GetConcernHelp, ConcernHelp>
{
    public async ValueTask<ConcernHelp> Handle(GetConcernHelp query, CancellationToken cancellationToken)
    {
        var (_, _, _, councilId) = await ReportedMessage.LoadAsync(db, party, sender, query.MessageId, cancellationToken);
        var phone = councilId is { } id
            ? await db.SafeguardingContacts.Where(c => c.CouncilId == id).Select(c => c.Phone).SingleOrDefaultAsync(cancellationToken)
            : null;
        return new ConcernHelp(phone);
    }
}
