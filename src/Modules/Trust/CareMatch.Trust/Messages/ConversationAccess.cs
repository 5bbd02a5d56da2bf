using CareMatch.SharedKernel.Authorization;
using CareMatch.Trust.Parties;
using CareMatch.Trust.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Trust.Messages;

internal static class ConversationAccess
{
    /// <summary>The pair's thread and the asker's side of it; anyone who is neither side, or a pair with no thread, gets not found.</summary>
    public static async Task<(Conversation Conversation, Side Side)> LoadAsync(TrustDbContext db, TrustParty party, Guid requestId, Guid carerProfileId, CancellationToken cancellationToken)
    {
        var conversation = await db.Conversations.SingleOrDefaultAsync(c => c.RequestId == requestId && c.CarerProfileId == carerProfileId, cancellationToken);
        var side = conversation is null ? null : await party.SideOfAsync(conversation.RequestId, conversation.SeekerUserId, conversation.CarerProfileId, cancellationToken);
        return side is { } found ? (conversation!, found) : throw new NotFoundException($"No conversation about request {requestId} with carer {carerProfileId}.");
    }
}
