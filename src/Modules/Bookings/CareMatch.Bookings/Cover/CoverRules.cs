using CareMatch.Bookings.Contracts;
using CareMatch.Bookings.Parties;
using CareMatch.Bookings.Persistence;
using CareMatch.SharedKernel.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Bookings.Cover;

internal static class CoverRules
{
    public const string SomeoneElseFirst = "Another carer offered to cover this visit first. Thank you for offering.";

    public static string? WhyClosed(CoverRequest cover, CoverOffer offer, DateTimeOffset now) =>
        offer.Volunteered && cover.VolunteerProfileId == offer.CarerProfileId && cover.Status == CoverStatus.AwaitingApproval ? "You offered to cover this visit: the family is deciding."
        : offer.Volunteered && cover.Status == CoverStatus.Filled && cover.VolunteerProfileId == offer.CarerProfileId ? "You are covering this visit: see your visits."
        : cover.Status is CoverStatus.AwaitingApproval or CoverStatus.Filled ? SomeoneElseFirst
        : now >= cover.StartsAt || cover.Status == CoverStatus.Unfilled ? "This visit has started, so it no longer needs cover."
        : offer.Volunteered ? "The family chose someone else this time."
        : null;

    /// <summary>Only the booking's family (its seeker, or someone acting for them) decides on cover; anyone else gets not found.</summary>
    public static async Task<CoverRequest> LoadForSeekerAsync(BookingsDbContext db, CurrentParty party, Guid coverRequestId, CancellationToken cancellationToken)
    {
        var cover = await db.CoverRequests.SingleOrDefaultAsync(c => c.Id == coverRequestId, cancellationToken);
        if (cover is null || !await party.IsFamilyOfAsync(cover.SeekerUserId, cover.RequestId, cancellationToken)) throw new NotFoundException($"No cover request {coverRequestId}.");
        return cover;
    }
}
