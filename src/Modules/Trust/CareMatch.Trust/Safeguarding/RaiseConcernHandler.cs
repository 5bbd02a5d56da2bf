using CareMatch.SharedKernel.Time;
using CareMatch.Trust.Contracts;
using CareMatch.Trust.Parties;
using CareMatch.Trust.Persistence;
using Mediator;

namespace CareMatch.Trust.Safeguarding;

/// <summary>
/// Records a concern about something the raiser is party to, routed to the council of its district;
/// every admin is told, and an urgent one is emailed to that council's safeguarding contact before
/// the page answers (a failed email is kept in the trail and retried by <see cref="RetryUrgentConcernEmails"/>).
/// </summary>
internal sealed class RaiseConcernHandler(
    TrustParty party, ConcernSubjects subjects, TrustDbContext db, AdminsToldOfConcern admins, UrgentConcernEmail urgentEmail, IClock clock)
    : ICommandHandler<RaiseConcern, Guid>
{
    public async ValueTask<Guid> Handle(RaiseConcern command, CancellationToken cancellationToken)
    {
        var about = await subjects.FindAsync(command.About, cancellationToken);

        var now = clock.UtcNow;
        var concern = Concern.Raise(party.UserId, about, command.WhatHappened!.Trim(), command.Urgent!.Value, now);
        db.Concerns.Add(concern);
        db.ConcernEntries.Add(ConcernEntry.Record(concern.Id, party.UserId, ConcernEntryKind.Raised, concern.Urgent ? "Urgent: someone is in immediate danger" : null, now));
        // Saved before anyone is told, so no email or inbox item names a concern that is not on record.
        await db.SaveChangesAsync(cancellationToken);
        if (concern.Urgent) await urgentEmail.SendAsync(concern, cancellationToken);
        await admins.TellAsync(concern, cancellationToken);
        return concern.Id;
    }
}
