using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Time;
using CareMatch.Trust.Contracts;
using CareMatch.Trust.Parties;
using CareMatch.Trust.Persistence;
using Mediator;

namespace CareMatch.Trust.Messages;

/// <summary>Adds the asker's message to their thread, kept exactly as written.</summary>
internal sealed class SendMessageHandler(TrustParty party, TrustDbContext db, IClock clock) : ICommandHandler<SendMessage>
{
    public async ValueTask<Unit> Handle(SendMessage command, CancellationToken cancellationToken)
    {
        var (conversation, side) = await ConversationAccess.LoadAsync(db, party, command.RequestId, command.CarerProfileId, cancellationToken);
        var now = clock.UtcNow;
        db.ConversationMessages.Add(conversation.Write(side, party.UserId, command.Text!.Trim(), now));
        db.AddIntegrationEvent(new MessageWritten(conversation.RequestId, conversation.CarerProfileId, conversation.SeekerUserId, side == Side.Carer, conversation.CarerName, conversation.Sector) { OccurredAt = now });
        return Unit.Value;
    }
}
