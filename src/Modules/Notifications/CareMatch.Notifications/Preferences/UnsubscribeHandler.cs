using CareMatch.Notifications.Contracts;
using CareMatch.Notifications.Persistence;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Notifications.Preferences;

/// <summary>
/// Anyone may send it (the person reading their email is often not signed in): the signed token
/// alone says whose setting changes, never who is signed in, so it cannot reach anyone else's.
/// </summary>
internal sealed class UnsubscribeHandler(UnsubscribeTokens tokens, NotificationsDbContext db, IClock clock) : ICommandHandler<Unsubscribe, UnsubscribeResult>
{
    public async ValueTask<UnsubscribeResult> Handle(Unsubscribe command, CancellationToken cancellationToken)
    {
        if (tokens.Read(command.Token) is not { } named) return new UnsubscribeResult(UnsubscribeOutcome.NotValid, null);
        var (userId, kind) = named;
        if (await db.EmailOptOuts.AnyAsync(o => o.UserId == userId && o.Kind == kind, cancellationToken)) return new UnsubscribeResult(UnsubscribeOutcome.AlreadyOff, kind);
        db.EmailOptOuts.Add(new EmailOptOut(userId, kind, clock.UtcNow));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            // The same link opened twice at once (a mail client's one-click and the person): the other one turned it off.
            return new UnsubscribeResult(UnsubscribeOutcome.AlreadyOff, kind);
        }

        return new UnsubscribeResult(UnsubscribeOutcome.TurnedOff, kind);
    }
}
