using CareMatch.Notifications.Contracts;
using CareMatch.SharedKernel.Email;
using CareMatch.SharedKernel.Time;
using CareMatch.Trust.Contracts;
using CareMatch.Trust.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CareMatch.Trust.Safeguarding;

/// <summary>
/// Emails an urgent concern to its council's adult safeguarding contact: the reference, what kind of
/// thing it is about (a visit's times, never a name), the times and a link for admins, never the
/// messages or the raiser's words (the council phones or the admins share what is needed; an email
/// may be forwarded). Records in the trail that it went, or why not. A send that fails (the mail
/// server down) is recorded once and left for <see cref="RetryUrgentConcernEmails"/>: the concern is
/// already saved, and the raiser must not be told it failed when it is on record.
/// </summary>
internal sealed class UrgentConcernEmail(TrustDbContext db, IEmailSender emailSender, INotificationLinks links, IClock clock, ILogger<UrgentConcernEmail> logger)
{
    public const string SystemActor = "system";

    public async Task SendAsync(Concern concern, CancellationToken cancellationToken)
    {
        var contact = concern.CouncilId is { } councilId
            ? await db.SafeguardingContacts.SingleOrDefaultAsync(c => c.CouncilId == councilId, cancellationToken)
            : null;
        if (contact is null)
        {
            db.ConcernEntries.Add(ConcernEntry.Record(concern.Id, SystemActor, ConcernEntryKind.NoCouncilContact, concern.District.Length > 0 ? concern.District : "no area known", clock.UtcNow));
            return;
        }
        var sentAt = clock.UtcNow;
        try
        {
            await emailSender.SendAsync(Email(concern, contact.Email, sentAt), cancellationToken);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            logger.LogError(failure, "The urgent safeguarding email for {Reference} could not be sent", concern.Reference);
            // Recorded the first time only: a retry every few minutes must not bury the trail.
            if (concern.CouncilEmailFailedAt is null)
                db.ConcernEntries.Add(ConcernEntry.Record(concern.Id, SystemActor, ConcernEntryKind.CouncilEmailFailed, $"Email to {contact.Email} failed at {Utc(sentAt)}; will retry", sentAt));
            concern.MarkCouncilEmailFailed(sentAt);
            return;
        }
        concern.MarkCouncilEmailed(sentAt);
        db.ConcernEntries.Add(ConcernEntry.Record(concern.Id, SystemActor, ConcernEntryKind.CouncilEmailed, $"{contact.Email} at {Utc(sentAt)}", sentAt));
    }

    private EmailMessage Email(Concern concern, string to, DateTimeOffset sentAt) => new(
        to,
        $"Urgent safeguarding concern {concern.Reference} in {concern.District}",
        $"""
        An urgent adult safeguarding concern was raised on CareMatch: the person who raised it says someone may be in immediate danger.

        Reference: {concern.Reference}
        About: {ConcernAboutWords.WithoutNames(concern.About)}
        Area (postcode district): {concern.District}
        Raised at: {Utc(concern.RaisedAt)}
        Sent at: {Utc(sentAt)}{(concern.CouncilEmailFailedAt is not null ? "\n(Sent late: our first attempt to email you failed.)" : "")}

        The details are kept on CareMatch and not put in email. CareMatch's safeguarding admins have them: {links.Absolute($"/Admin/Concerns/{concern.Id}")}
        Please quote the reference when you contact CareMatch.
        """);

    private static string Utc(DateTimeOffset at) => at.ToUniversalTime().ToString("d MMMM yyyy HH:mm:ss 'UTC'", System.Globalization.CultureInfo.InvariantCulture);
}
