using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Time;
using CareMatch.Trust.Contracts;
using CareMatch.Trust.Parties;
using CareMatch.Trust.Persistence;
using Mediator;

namespace CareMatch.Trust.Safeguarding;

/// <summary>
/// Records a concern about a message the raiser can read, routed to the council of the request's
/// district; an urgent one is emailed to that council's safeguarding contact before the page answers.
/// </summary>
internal sealed class RaiseConcernHandler(TrustParty party, TrustDbContext db, IModuleSender sender, UrgentConcernEmail urgentEmail, IClock clock) : ICommandHandler<RaiseConcern, Guid>
{
    public async ValueTask<Guid> Handle(RaiseConcern command, CancellationToken cancellationToken)
    {
        var (message, conversation, district, councilId) = await ReportedMessage.LoadAsync(db, party, sender, command.MessageId, cancellationToken);

        var now = clock.UtcNow;
        var concern = Concern.Raise(party.UserId, conversation.Id, message.Id, district, councilId, command.WhatHappened!.Trim(), command.Urgent!.Value, now);
        db.Concerns.Add(concern);
        db.ConcernEntries.Add(ConcernEntry.Record(concern.Id, party.UserId, ConcernEntryKind.Raised, concern.Urgent ? "Urgent: someone is in immediate danger" : null, now));
        // Saved before any email, so the email never names a concern that is not on record.
        await db.SaveChangesAsync(cancellationToken);
        if (concern.Urgent) await urgentEmail.SendAsync(concern, cancellationToken);
        return concern.Id;
    }
}
