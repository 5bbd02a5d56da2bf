using CareMatch.SharedKernel.Scheduling;
using CareMatch.Trust.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Trust.Safeguarding;

/// <summary>
/// Sends again every urgent concern's council email whose send failed, until it goes; each is saved
/// on its own, so one council's bad mailbox does not hold up another's. Every two minutes: someone
/// may be in danger, and the mail server is usually back soon.
/// </summary>
internal sealed class RetryUrgentConcernEmails(TrustDbContext db, UrgentConcernEmail urgentEmail) : IScheduledTask
{
    public string Id => "trust-retry-urgent-concern-emails";

    public string Cron => "*/2 * * * *";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var due = await db.Concerns.Where(c => c.Urgent && c.CouncilEmailedAt == null && c.CouncilEmailFailedAt != null).ToListAsync(cancellationToken);
        foreach (var concern in due.OrderBy(c => c.RaisedAt))
        {
            await urgentEmail.SendAsync(concern, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
