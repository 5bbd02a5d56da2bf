using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using CareMatch.SharedKernel.Time;
using CareMatch.Trust.Contracts;
using CareMatch.Trust.Parties;
using CareMatch.Trust.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Trust.Safeguarding;

/// <summary>The thread a concern names, as written, for an admin; the reading goes into the concern's trail.</summary>
internal sealed class ReadConcernThreadHandler(TrustDbContext db, ICurrentUser currentUser, IClock clock) : ICommandHandler<ReadConcernThread, ConcernThread>
{
    public async ValueTask<ConcernThread> Handle(ReadConcernThread command, CancellationToken cancellationToken)
    {
        var concern = await ConcernLoader.LoadAsync(db, command.ConcernId, cancellationToken);
        // Only a concern about a message names a thread: one about a person or a visit opens none.
        if (concern.ConversationId is not { } conversationId) throw new NotFoundException($"Concern {concern.Id} names no thread.");
        // A thread is deleted with either side's account; the concern outlives it, so the admin is told it is gone.
        var conversation = await db.Conversations.SingleOrDefaultAsync(c => c.Id == conversationId, cancellationToken);
        var messages = await db.ConversationMessages.Where(m => m.ConversationId == conversationId).ToListAsync(cancellationToken);
        db.ConcernEntries.Add(ConcernEntry.Record(concern.Id, currentUser.RequireUserId(), ConcernEntryKind.ThreadRead, null, clock.UtcNow));
        return new ConcernThread(
            concern.Reference,
            conversation?.CarerName ?? "a carer whose thread was deleted",
            conversation?.Sector ?? concern.District,
            concern.MessageId!.Value,
            messages.OrderBy(m => m.SentAt)
                .Select(m => new ConcernThreadMessage(m.Id, m.Author == Side.Carer ? conversation!.CarerName : MessageWords.TheFamily, m.Body, m.SentAt))
                .ToList());
    }
}
