using CareMatch.Bookings.Contracts;
using CareMatch.Notifications.Contracts;
using CareMatch.Notifications.Delivery;
using CareMatch.Notifications.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Scheduling;
using CareMatch.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CareMatch.Notifications.Reminders;

/// <summary>
/// Hourly: reminds both sides of every scheduled visit starting within the next
/// <see cref="Ahead"/>, so each hears about it the day before (or as soon as it is booked, if later).
/// Once per visit: the visit's key is saved with the reminders, so a later run, or another
/// node's, skips it. A visit cancelled meanwhile is no longer scheduled and is not reminded.
/// </summary>
internal sealed class VisitReminderTask(
    IModuleSender sender, NotificationsDbContext db, Notifier notifier, Recipients recipients, IClock clock, ILogger<VisitReminderTask> logger) : IScheduledTask
{
    public const string JobId = "notifications-visit-reminders";

    public static readonly TimeSpan Ahead = TimeSpan.FromHours(24);

    public string Id => JobId;

    public string Cron => "5 * * * *";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var visits = await sender.Send(new ListVisitsToSecure(now, now + Ahead), cancellationToken);
        var keys = visits.Select(v => KeyOf(v.VisitId)).ToList();
        var reminded = (await db.SentOnce.Where(s => keys.Contains(s.Key)).Select(s => s.Key).ToListAsync(cancellationToken)).ToHashSet();
        var sent = 0;
        foreach (var visit in visits.Where(v => !reminded.Contains(KeyOf(v.VisitId))))
        {
            await RemindAsync(visit, cancellationToken);
            db.SentOnce.Add(new SentOnce(KeyOf(visit.VisitId), now));
            await db.SaveChangesAsync(cancellationToken);
            await notifier.SendQueuedAsync(cancellationToken);
            sent++;
        }

        logger.LogInformation("Reminded both sides of {Visits} visits starting within {Hours} hours", sent, Ahead.TotalHours);
    }

    private async Task RemindAsync(VisitForPayment visit, CancellationToken cancellationToken)
    {
        var carer = await recipients.CarerAsync(visit.CarerProfileId, cancellationToken);
        var when = TimeWords.DateTime(visit.StartsAt);
        var until = TimeWords.Time(visit.EndsAt);
        var link = $"/Visits/{visit.VisitId}";
        await notifier.TellAsync(visit.SeekerUserId, NotificationKind.VisitReminder, $"Reminder: {Recipients.NameOf(carer)} visits on {when}",
            $"{Recipients.NameOf(carer)} is due on {when}, until {until}. If you need to cancel, do it from the visit as soon as you can.", link, cancellationToken);
        if (carer is null) return;
        await notifier.TellAsync(carer.UserId, NotificationKind.VisitReminder, $"Reminder: your visit on {when}",
            $"You are due at a visit on {when}, until {until}. Where to go is on the visit. If you cannot make it, cancel from the visit as soon as you can, so cover can be found.", link, cancellationToken);
    }

    private static string KeyOf(Guid visitId) => $"reminder:{visitId}";
}
