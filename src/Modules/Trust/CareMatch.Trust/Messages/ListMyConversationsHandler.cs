using CareMatch.Trust.Contracts;
using CareMatch.Trust.Parties;
using CareMatch.Trust.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Trust.Messages;

internal sealed class ListMyConversationsHandler(TrustParty party, TrustDbContext db)
    : IQueryHandler<ListMyConversations, IReadOnlyList<ConversationSummary>>
{
    public async ValueTask<IReadOnlyList<ConversationSummary>> Handle(ListMyConversations query, CancellationToken cancellationToken)
    {
        var carerProfileId = await party.CarerProfileIdAsync(cancellationToken);
        var seekerUserId = party.SeekerUserId;
        var rows = await db.Conversations
            .Where(c => c.SeekerUserId == seekerUserId || c.CarerProfileId == carerProfileId)
            .Select(c => new
            {
                c.RequestId,
                c.CarerProfileId,
                c.SeekerUserId,
                c.CarerName,
                c.Sector,
                c.BookedAt,
                c.LastActivityAt,
                Count = db.ConversationMessages.Count(m => m.ConversationId == c.Id),
            })
            .ToListAsync(cancellationToken);
        return rows
            .OrderByDescending(r => r.LastActivityAt)
            .Select(r => new ConversationSummary(r.RequestId, r.CarerProfileId, r.SeekerUserId == seekerUserId ? r.CarerName : MessageWords.TheFamily, r.Sector, r.Count, r.LastActivityAt, r.BookedAt is not null))
            .ToList();
    }
}
