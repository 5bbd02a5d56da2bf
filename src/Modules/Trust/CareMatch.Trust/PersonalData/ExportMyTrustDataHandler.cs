using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using CareMatch.SharedKernel.PersonalData;
using CareMatch.Trust.Contracts;
using CareMatch.Trust.Messages;
using CareMatch.Trust.Parties;
using CareMatch.Trust.Persistence;
using CareMatch.Trust.Reviews;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Trust.PersonalData;

/// <summary>
/// The threads a person is in and the messages they wrote; the bookings they can review and the
/// reviews they wrote. A carer's copy leaves out the family's account id, and nobody gets the id
/// of the admin who hid a review; what the other side wrote is theirs to download, not this person's.
/// </summary>
internal sealed class ExportMyTrustDataHandler(TrustDbContext db, ICurrentUser currentUser, TrustParty party) : IQueryHandler<ExportMyTrustData, ModuleDataExport>
{
    public async ValueTask<ModuleDataExport> Handle(ExportMyTrustData query, CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId ?? throw new AccessDeniedException();
        var carerProfileId = await party.CarerProfileIdAsync(cancellationToken);
        // One table each: a person is a seeker or a carer, never both.
        var threads = carerProfileId is { } carer
            ? PersonalDataRows.Of(db, await db.Conversations.AsNoTracking().Where(c => c.CarerProfileId == carer).ToListAsync(cancellationToken), nameof(Conversation.SeekerUserId))
            : PersonalDataRows.Of(db, await db.Conversations.AsNoTracking().Where(c => c.SeekerUserId == userId).ToListAsync(cancellationToken));
        var rounds = carerProfileId is { } reviewed
            ? PersonalDataRows.Of(db, await db.ReviewRounds.AsNoTracking().Where(r => r.CarerProfileId == reviewed).ToListAsync(cancellationToken), nameof(ReviewRound.SeekerUserId))
            : PersonalDataRows.Of(db, await db.ReviewRounds.AsNoTracking().Where(r => r.SeekerUserId == userId).ToListAsync(cancellationToken));
        var reviews = await db.Reviews.AsNoTracking().Where(r => r.AuthorUserId == userId).OrderBy(r => r.WrittenAt).ToListAsync(cancellationToken);
        var written = await db.ConversationMessages.AsNoTracking().Where(m => m.AuthorUserId == userId).OrderBy(m => m.SentAt).ToListAsync(cancellationToken);
        var concerns = await db.Concerns.AsNoTracking().Where(c => c.RaisedByUserId == userId).OrderBy(c => c.RaisedAt).ToListAsync(cancellationToken);
        return new ModuleDataExport("Trust",
        [
            .. threads,
            .. PersonalDataRows.Of(db, written),
            .. rounds,
            .. PersonalDataRows.Of(db, reviews, nameof(Review.HiddenByUserId)),
            .. PersonalDataRows.Of(db, concerns, nameof(Safeguarding.Concern.OwnerUserId)),
        ]);
    }
}
