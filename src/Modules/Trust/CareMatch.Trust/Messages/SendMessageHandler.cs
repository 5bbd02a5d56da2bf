using CareMatch.Trust.Parties;
using CareMatch.SharedKernel.Time;
using CareMatch.Trust.Contracts;
using CareMatch.Trust.Persistence;
using Mediator;

namespace CareMatch.Trust.Messages;

/// <summary>Adds the asker's message to their thread, kept exactly as written.</summary>
internal sealed class SendMessageHandler(TrustParty party, TrustDbContext db, IClock clock) : ICommandHandler<SendMessage>
{
    public async ValueTask<Unit> Handle(SendMessage command, CancellationToken cancellationToken)
    {
        var (conversation, side) = await ConversationAccess.LoadAsync(db, party, command.RequestId, command.CarerProfileId, cancellationToken);
        db.ConversationMessages.Add(conversation.Write(side, party.UserId, command.Text!.Trim(), clock.UtcNow));
        return Unit.Value;
    }
}
