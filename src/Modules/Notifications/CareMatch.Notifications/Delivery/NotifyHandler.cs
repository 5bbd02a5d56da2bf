using CareMatch.Notifications.Contracts;
using CareMatch.Notifications.Persistence;
using Mediator;

namespace CareMatch.Notifications.Delivery;

/// <summary>No caller check: modules only (the access rule says so), never a page. Saves first, so the email follows a saved inbox entry.</summary>
internal sealed class NotifyHandler(Notifier notifier, NotificationsDbContext db) : ICommandHandler<Notify>
{
    public async ValueTask<Unit> Handle(Notify command, CancellationToken cancellationToken)
    {
        await notifier.TellAsync(command.UserId, command.Kind, command.Title, command.Body, command.Link, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await notifier.SendQueuedAsync(cancellationToken);
        return Unit.Value;
    }
}
