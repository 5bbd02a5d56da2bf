using CareMatch.Needs.Contracts;
using CareMatch.SharedKernel.Authorization;
using CareMatch.Trust.Messages;
using CareMatch.Trust.Parties;
using CareMatch.Trust.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Trust.Safeguarding;

/// <summary>A message the asker may report (one in their own thread), with the district its request is in.</summary>
internal static class ReportedMessage
{
    public static async Task<(ConversationMessage Message, Conversation Conversation, string District)> LoadAsync(
        TrustDbContext db, TrustParty party, IModuleSender sender, Guid messageId, CancellationToken cancellationToken)
    {
        var message = await db.ConversationMessages.SingleOrDefaultAsync(m => m.Id == messageId, cancellationToken);
        var conversation = message is null ? null : await db.Conversations.SingleAsync(c => c.Id == message.ConversationId, cancellationToken);
        if (conversation is null || await party.SideOfAsync(conversation.RequestId, conversation.SeekerUserId, conversation.CarerProfileId, cancellationToken) is null)
            throw new NotFoundException($"No message {messageId} in a thread of the asker.");
        var district = (await sender.Send(new GetCareRequestFacts(conversation.RequestId), cancellationToken))?.District ?? string.Empty;
        return (message!, conversation, district);
    }
}
