using CareMatch.Trust.Contracts;
using CareMatch.Trust.Parties;
using CareMatch.Trust.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Trust.Messages;

/// <summary>
/// The asker's threads: a carer's own, a seeker's own requests' and those of the requests they
/// act on for someone else (only while they still have access).
/// </summary>
internal sealed class ListMyConversationsHandler(TrustParty party, TrustDbContext db)
    : IQueryHandler<ListMyConversations, IReadOnlyList<ConversationSummary>>
{
    public async ValueTask<IReadOnlyList<ConversationSummary>> Handle(ListMyConversations query, CancellationToken cancellationToken)
    {
        var carerProfileId = await party.CarerProfileIdAsync(cancellationToken);
        var seekerUserId = party.SeekerUserId;
        var actedFor = (await party.RequestsActedForAsync(cancellationToken)).ToList();
        var rows = await db.Conversations
            .Where(c => c.SeekerUserId == seekerUserId || actedFor.Contains(c.RequestId) || c.CarerProfileId == carerProfileId)
            .Select(c => new
            {
                c.RequestId,
                c.CarerProfileId,
                c.CarerName,
                c.Sector,
                c.BookedAt,
                c.LastActivityAt,
                Count = db.ConversationMessages.Count(m => m.ConversationId == c.Id),
            })
            .ToListAsync(cancellationToken);
        return rows
            .OrderByDescending(r => r.LastActivityAt)
            .Select(r => new ConversationSummary(r.RequestId, r.CarerProfileId, r.CarerProfileId == carerProfileId ? MessageWords.TheFamily : r.CarerName, r.Sector, r.Count, r.LastActivityAt, r.BookedAt is not null))
            .ToList();
    }
}
