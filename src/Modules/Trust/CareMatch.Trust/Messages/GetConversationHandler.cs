using CareMatch.SharedKernel.Authorization;
using CareMatch.Trust.Contracts;
using CareMatch.Trust.Parties;
using CareMatch.Trust.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Trust.Messages;

/// <summary>
/// The thread, oldest message first, masked for both sides until the two are booked. The
/// family's side sees which of them wrote each family message; the carer sees "the family".
/// </summary>
internal sealed class GetConversationHandler(TrustParty party, TrustDbContext db, IModuleSender sender) : IQueryHandler<GetConversation, ConversationView>
{
    public async ValueTask<ConversationView> Handle(GetConversation query, CancellationToken cancellationToken)
    {
        var (conversation, side) = await ConversationAccess.LoadAsync(db, party, query.RequestId, query.CarerProfileId, cancellationToken);
        var messages = await db.ConversationMessages.Where(m => m.ConversationId == conversation.Id).ToListAsync(cancellationToken);
        var family = side == Side.Seeker ? await FamilyNames.OfRequestAsync(sender, conversation.RequestId, party.UserId, cancellationToken) : null;
        return new ConversationView(
            conversation.RequestId,
            conversation.CarerProfileId,
            conversation.CarerName,
            conversation.Sector,
            conversation.Booked,
            side == Side.Seeker,
            messages.OrderBy(m => m.SentAt).Select(m => ViewOf(conversation, m, side, family)).ToList());
    }

    /// <param name="family">The family's names, when the reader is one of them; null for the carer.</param>
    private static MessageView ViewOf(Conversation conversation, ConversationMessage message, Side reader, FamilyNames? family)
    {
        // The writer sees their own words masked too, so they know what the other side sees.
        var (text, masked) = conversation.Booked ? (message.Body, false) : ContactDetailsMask.Mask(message.Body);
        var mine = message.Author == reader && (family is null || family.IsReader(message.AuthorUserId));
        var author = mine ? MessageWords.You
            : message.Author == Side.Carer ? conversation.CarerName
            : family?.Of(message.AuthorUserId, MessageWords.You) ?? MessageWords.TheFamily;
        return new MessageView(message.Id, mine, author, text, masked, message.SentAt);
    }
}
