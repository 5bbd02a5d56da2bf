using CareMatch.Matching.CarerIndexing;
using CareMatch.Matching.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Scheduling;
using CareMatch.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CareMatch.Matching.Responsiveness;

/// <summary>
/// Daily: invitation answers older than <see cref="ReplyTimes.Window"/> no longer count, so they
/// are deleted (nothing else reads them) and each carer they belonged to is re-read, here and,
/// through a <see cref="CarerChange"/>, on every node. Running it again finds nothing to do.
/// </summary>
internal sealed class AgeOutReplyTimesTask(MatchingDbContext db, CarerIndexHolder holder, IModuleSender sender, IClock clock, ILogger<AgeOutReplyTimesTask> logger) : IScheduledTask
{
    public const string JobId = "matching-reply-times-age-out";

    public string Id => JobId;

    public string Cron => "20 4 * * *";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var before = now - ReplyTimes.Window;
        var carers = await db.InvitationReplies.Where(r => r.AnsweredAt < before).Select(r => r.CarerProfileId).Distinct().ToListAsync(cancellationToken);
        if (carers.Count == 0) return;

        await db.InvitationReplies.Where(r => r.AnsweredAt < before).ExecuteDeleteAsync(cancellationToken);
        foreach (var carer in carers) db.CarerChanges.Add(new CarerChange(carer, now));
        await db.SaveChangesAsync(cancellationToken);
        foreach (var carer in carers) await holder.RefreshCarerAsync(sender, carer, cancellationToken);
        logger.LogInformation("Reply times: answers older than {Days} days aged out for {Carers} carers", ReplyTimes.Window.TotalDays, carers.Count);
    }
}
