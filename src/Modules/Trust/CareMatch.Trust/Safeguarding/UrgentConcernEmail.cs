using CareMatch.Notifications.Contracts;
using CareMatch.SharedKernel.Email;
using CareMatch.SharedKernel.Time;
using CareMatch.Trust.Contracts;
using CareMatch.Trust.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Trust.Safeguarding;

/// <summary>
/// Emails an urgent concern to its council's adult safeguarding contact: the reference, the times
/// and a link for admins, never the messages or the raiser's words (the council phones or the admins
/// share what is needed; an email may be forwarded). Records in the trail that it went, or why not.
/// </summary>
internal sealed class UrgentConcernEmail(TrustDbContext db, IEmailSender emailSender, INotificationLinks links, IClock clock)
{
    public const string SystemActor = "system";

    public async Task SendAsync(Concern concern, CancellationToken cancellationToken)
    {
        var contact = concern.CouncilId is { } councilId
            ? await db.SafeguardingContacts.SingleOrDefaultAsync(c => c.CouncilId == councilId, cancellationToken)
            : null;
        if (contact is null)
        {
            db.ConcernEntries.Add(ConcernEntry.Record(concern.Id, SystemActor, ConcernEntryKind.NoCouncilContact, concern.District, clock.UtcNow));
            return;
        }
        var sentAt = clock.UtcNow;
        await emailSender.SendAsync(new EmailMessage(
            contact.Email,
            $"Urgent safeguarding concern {concern.Reference} in {concern.District}",
            $"""
            An urgent adult safeguarding concern was raised on CareMatch: the person who raised it says someone may be in immediate danger.

            Reference: {concern.Reference}
            Area (postcode district): {concern.District}
            Raised at: {Utc(concern.RaisedAt)}
            Sent at: {Utc(sentAt)}

            The details are kept on CareMatch and not put in email. CareMatch's safeguarding admins have them: {links.Absolute($"/Admin/Concerns/{concern.Id}")}
            Please quote the reference when you contact CareMatch.
            """), cancellationToken);
        concern.MarkCouncilEmailed(sentAt);
        db.ConcernEntries.Add(ConcernEntry.Record(concern.Id, SystemActor, ConcernEntryKind.CouncilEmailed, $"{contact.Email} at {Utc(sentAt)}", sentAt));
    }

    private static string Utc(DateTimeOffset at) => at.ToUniversalTime().ToString("d MMMM yyyy HH:mm:ss 'UTC'", System.Globalization.CultureInfo.InvariantCulture);
}
