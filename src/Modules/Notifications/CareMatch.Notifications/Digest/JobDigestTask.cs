using System.Globalization;
using CareMatch.Matching.Contracts;
using CareMatch.Notifications.Contracts;
using CareMatch.Notifications.Delivery;
using CareMatch.Notifications.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Scheduling;
using CareMatch.SharedKernel.Time;
using CareMatch.SharedKernel.Values;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CareMatch.Notifications.Digest;

/// <summary>
/// Each morning: one message to each carer listing the jobs that newly fit them (Matching's job
/// alerts of the last <see cref="LookBack"/>, still open), each job in one digest only, and no
/// more than one digest a carer a day. A carer with nothing new hears nothing.
/// </summary>
internal sealed class JobDigestTask(
    IModuleSender sender, NotificationsDbContext db, Notifier notifier, Recipients recipients, IClock clock, ILogger<JobDigestTask> logger) : IScheduledTask
{
    public const string JobId = "notifications-job-digest";

    public const string AlertsPage = "/Carer/Alerts";

    /// <summary>Longer than a day, so a morning run that failed is made up the next day; jobs already listed are skipped.</summary>
    public static readonly TimeSpan LookBack = TimeSpan.FromDays(2);

    public string Id => JobId;

    public string Cron => "0 7 * * *";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var today = clock.Today();
        var alerts = await sender.Send(new ListJobAlertsSince(now - LookBack), cancellationToken);
        var keys = alerts.Select(a => JobKey(a.CarerProfileId, a.Alert.RequestId))
            .Concat(alerts.Select(a => DayKey(a.CarerProfileId, today))).Distinct().ToList();
        var done = (await db.SentOnce.Where(s => keys.Contains(s.Key)).Select(s => s.Key).ToListAsync(cancellationToken)).ToHashSet();
        var sent = 0;
        foreach (var carerAlerts in alerts.GroupBy(a => a.CarerProfileId))
        {
            var carerId = carerAlerts.Key;
            if (done.Contains(DayKey(carerId, today))) continue;
            var fresh = carerAlerts.Where(a => !done.Contains(JobKey(carerId, a.Alert.RequestId))).DistinctBy(a => a.Alert.RequestId).ToList();
            if (fresh.Count == 0 || await recipients.CarerAsync(carerId, cancellationToken) is not { } carer) continue;
            await notifier.TellAsync(carer.UserId, NotificationKind.JobDigest, TitleFor(fresh.Count), BodyFor(fresh), AlertsPage, cancellationToken);
            db.SentOnce.Add(new SentOnce(DayKey(carerId, today), now));
            foreach (var alert in fresh) db.SentOnce.Add(new SentOnce(JobKey(carerId, alert.Alert.RequestId), now));
            await db.SaveChangesAsync(cancellationToken);
            await notifier.SendQueuedAsync(cancellationToken);
            sent++;
        }

        logger.LogInformation("Sent {Digests} daily job digests", sent);
    }

    private static string TitleFor(int jobs) => jobs == 1 ? "1 new job fits you" : $"{jobs} new jobs fit you";

    private static string BodyFor(IReadOnlyList<CarerJobAlert> alerts) =>
        "You are among the best matched carers for these new requests:\n\n"
        + string.Join("\n", alerts.Select(a => $"- {string.Join(", ", a.Alert.CareTypes)} in {a.Alert.Sector}. {a.Alert.When}. Up to {new Money(a.Alert.MaxHourlyRatePence)} an hour."))
        + "\n\nOpen your job alerts to read each one and apply.";

    private static string JobKey(Guid carerId, Guid requestId) => $"digest-job:{carerId:N}:{requestId:N}";

    private static string DayKey(Guid carerId, DateOnly day) => $"digest-day:{carerId:N}:{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
}
