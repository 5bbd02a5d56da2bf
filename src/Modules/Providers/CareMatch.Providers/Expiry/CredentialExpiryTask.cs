using CareMatch.Providers.Common;
using CareMatch.Providers.Contracts;
using CareMatch.Providers.Credentials;
using CareMatch.Providers.Persistence;
using CareMatch.Providers.Profiles;
using CareMatch.SharedKernel.Email;
using CareMatch.SharedKernel.Scheduling;
using CareMatch.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CareMatch.Providers.Expiry;

/// <summary>
/// Every morning: hides verified carers whose DBS (over three years old, not on the update
/// service) or insurance has lapsed (status Lapsed, CarerSuspended), and emails a warning 30
/// days before either lapses, once per expiry date. Safe to run twice, on any node.
/// </summary>
internal sealed class CredentialExpiryTask(ProvidersDbContext db, IClock clock, IEmailSender email, ILogger<CredentialExpiryTask> logger)
    : IScheduledTask
{
    public string Id => "providers-credential-expiry";

    /// <summary>06:00 UTC, before carers start their day.</summary>
    public string Cron => "0 6 * * *";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var warnBefore = today.AddDays(CarerNotices.ExpiryWarningDays);
        var profiles = await db.CarerProfiles.Include(p => p.Credentials)
            .Where(p => p.Credentials.Any(c => c.Kind == CredentialKind.EnhancedDbs || c.Kind == CredentialKind.PublicLiabilityInsurance))
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        var hidden = 0;
        var warned = 0;
        foreach (var profile in profiles)
        {
            var lapsed = profile.Credentials.Where(c => CredentialExpiry.IsWatched(c.Kind) && CredentialExpiry.IsExpired(c, today)).ToList();
            if (lapsed.Count > 0 && profile.Status == CarerProfileStatus.Verified)
            {
                var reason = $"{string.Join(" and ", lapsed.Select(c => CredentialNames.Of(c.Kind)))} lapsed";
                var what = string.Join(" and ", lapsed.Select(c => CredentialNames.InASentence(c.Kind)));
                CarerEventFactory.ReassessVerification(db, profile, clock, CarerProfileStatus.Lapsed, reason);
                CarerEventFactory.ProfileChanged(db, profile, clock);
                await SendAsync(profile, $"You are hidden from seekers: your {what} lapsed",
                    $"Your {what} has lapsed, so seekers cannot see or book you. Upload a current one on CareMatch and we will check it.",
                    cancellationToken);
                hidden++;
            }

            foreach (var credential in profile.Credentials.Where(c => CredentialExpiry.IsWatched(c.Kind)))
            {
                if (CredentialExpiry.LastValidDay(credential) is not { } lastDay || lastDay < today || lastDay > warnBefore) continue;
                if (credential.ExpiryWarningSentFor == lastDay) continue;
                var what = CredentialNames.InASentence(credential.Kind);
                await SendAsync(profile, $"Your {what} expires on {CarerNotices.Format(lastDay)}",
                    $"Your {what} expires on {CarerNotices.Format(lastDay)}. Upload a current one on CareMatch before then, or seekers will stop seeing you.",
                    cancellationToken);
                credential.MarkExpiryWarningSent(lastDay);
                warned++;
            }
            // Saved per carer: an email sent is recorded at once, so a failure later in the run cannot send it again.
            await db.SaveChangesAsync(cancellationToken);
        }
        logger.LogInformation("Credential expiry: {Hidden} carer(s) hidden, {Warned} warning(s) sent", hidden, warned);
    }

    private async Task SendAsync(CarerProfile profile, string subject, string body, CancellationToken cancellationToken)
    {
        if (profile.Email is null)
        {
            logger.LogWarning("Carer profile {ProfileId} has no email address; its expiry notice is on its home page only", profile.Id);
            return;
        }
        var greeting = profile.DisplayName is null ? "Hello," : $"Hello {profile.DisplayName},";
        await email.SendAsync(new EmailMessage(profile.Email, subject, $"{greeting}\n\n{body}\n\nCareMatch"), cancellationToken);
    }
}
