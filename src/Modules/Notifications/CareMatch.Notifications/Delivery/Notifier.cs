using CareMatch.Notifications.Contracts;
using CareMatch.Notifications.Inbox;
using CareMatch.Notifications.Persistence;
using CareMatch.SharedKernel.Email;
using CareMatch.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CareMatch.Notifications.Delivery;

/// <summary>
/// The one way anyone is told anything: the notification goes into their inbox (always, while they have an account), and its
/// email is queued unless they turned that kind off (safety kinds cannot be). The caller saves
/// the inbox with its own work, then calls <see cref="SendQueuedAsync"/>: an email leaves only
/// after what it announces is saved, so a failed save never sends a second copy on the retry.
/// </summary>
internal sealed class Notifier(NotificationsDbContext db, Recipients recipients, NotificationEmails emails, IEmailSender sender, IClock clock, ILogger<Notifier> logger)
{
    private readonly List<EmailMessage> _queued = [];

    public async Task TellAsync(string userId, NotificationKind kind, string title, string body, string link, CancellationToken cancellationToken)
    {
        // No account (deleted since the event was written): nobody to tell, and nothing of theirs may be kept.
        if (await recipients.EmailOfAsync(userId, cancellationToken) is not { Length: > 0 } address) return;
        var notification = Notification.Write(userId, kind, title, body, link, clock.UtcNow);
        db.Notifications.Add(notification);
        if (!NotificationKinds.IsSafety(kind) && await db.EmailOptOuts.AnyAsync(o => o.UserId == userId && o.Kind == kind, cancellationToken)) return;
        _queued.Add(emails.For(address, notification));
    }

    /// <summary>Sends what was queued. A failed send is logged and dropped: the inbox still has it, and a retry would repeat the others.</summary>
    public async Task SendQueuedAsync(CancellationToken cancellationToken)
    {
        var sending = _queued.ToList();
        _queued.Clear();
        foreach (var email in sending)
        {
            try
            {
                await sender.SendAsync(email, cancellationToken);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                logger.LogError(failure, "A notification email ({Subject}) could not be sent", email.Subject);
            }
        }
    }
}
