using CareMatch.Bookings.Contracts;
using CareMatch.Bookings.Offers;
using CareMatch.Bookings.Parties;
using CareMatch.Bookings.Persistence;
using CareMatch.Bookings.Visits;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Time;
using CareMatch.SharedKernel.Validation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Bookings.Cover;

/// <summary>The signed-in carer's cover requests; only the carers asked ever see one.</summary>
internal sealed class ListMyCoverOffersHandler(CurrentParty party, BookingsDbContext db, IClock clock)
    : IQueryHandler<ListMyCoverOffers, IReadOnlyList<CoverOfferView>>
{
    public async ValueTask<IReadOnlyList<CoverOfferView>> Handle(ListMyCoverOffers query, CancellationToken cancellationToken)
    {
        if (await party.CarerProfileIdAsync(cancellationToken) is not { } profileId) return [];
        var offers = await db.CoverOffers.AsNoTracking().Where(o => o.CarerProfileId == profileId)
            .Join(db.CoverRequests.AsNoTracking(), o => o.CoverRequestId, c => c.Id, (o, c) => new { Offer = o, Cover = c })
            .ToListAsync(cancellationToken);
        var now = clock.UtcNow;
        return offers.OrderByDescending(x => x.Offer.SentAt).Select(x => new CoverOfferView(
            x.Offer.Id, x.Cover.Sector, UkCalendar.ToUkTime(x.Cover.StartsAt), UkCalendar.ToUkTime(x.Cover.EndsAt), x.Offer.SentAt,
            x.Cover.CanVolunteer(now), CoverRules.WhyClosed(x.Cover, x.Offer, now))).ToList();
    }
}

/// <summary>
/// A carer who was asked offers to cover. The cover request's version token makes the first
/// volunteer win when several press at once; the others are told someone got there first.
/// </summary>
internal sealed class VolunteerForCoverHandler(CurrentParty party, BookingsDbContext db, IClock clock) : ICommandHandler<VolunteerForCover>
{
    public async ValueTask<Unit> Handle(VolunteerForCover command, CancellationToken cancellationToken)
    {
        var profileId = await party.CarerProfileIdAsync(cancellationToken);
        var offer = await db.CoverOffers.SingleOrDefaultAsync(o => o.Id == command.CoverOfferId && o.CarerProfileId == profileId, cancellationToken)
            ?? throw new NotFoundException($"No cover offer {command.CoverOfferId}.");
        var cover = await db.CoverRequests.SingleAsync(c => c.Id == offer.CoverRequestId, cancellationToken);
        var now = clock.UtcNow;
        if (CoverRules.WhyClosed(cover, offer, now) is { } closed) throw Refusal.Whole(closed);
        offer.Volunteer();
        cover.Volunteer(offer.CarerProfileId, offer.CarerName);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            throw Refusal.Whole(CoverRules.SomeoneElseFirst);
        }

        return Unit.Value;
    }
}

/// <summary>The seeker approves the volunteer: a visit is booked with them, which the database may still refuse if they are busy then.</summary>
internal sealed class ApproveCoverHandler(CurrentParty party, BookingsDbContext db, IClock clock) : ICommandHandler<ApproveCover>
{
    public async ValueTask<Unit> Handle(ApproveCover command, CancellationToken cancellationToken)
    {
        var cover = await CoverRules.LoadForSeekerAsync(db, party, command.CoverRequestId, cancellationToken);
        var now = clock.UtcNow;
        if (!cover.CanDecide(now)) throw Refusal.Whole("There is no offer to cover this visit to approve.");
        var volunteer = cover.VolunteerName!;
        var visit = Visit.Cover(cover.BookingId, cover.VolunteerProfileId!.Value, volunteer, cover.StartsAt, cover.EndsAt);
        db.Visits.Add(visit);
        cover.Filled(visit.Id);
        db.AddIntegrationEvent(new VisitsScheduled(cover.BookingId, visit.CarerProfileId, 1) { OccurredAt = now });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException refused) when (refused.IsOverlappingVisit())
        {
            db.ChangeTracker.Clear();
            var reloaded = await db.CoverRequests.SingleAsync(c => c.Id == command.CoverRequestId, cancellationToken);
            reloaded.BackToSearching(now);
            await db.SaveChangesAsync(cancellationToken);
            throw Refusal.Whole($"{volunteer} is now busy at that time, so we are asking other carers.");
        }

        return Unit.Value;
    }
}

internal sealed class DeclineCoverHandler(CurrentParty party, BookingsDbContext db, IClock clock) : ICommandHandler<DeclineCover>
{
    public async ValueTask<Unit> Handle(DeclineCover command, CancellationToken cancellationToken)
    {
        var cover = await CoverRules.LoadForSeekerAsync(db, party, command.CoverRequestId, cancellationToken);
        var now = clock.UtcNow;
        if (!cover.CanDecide(now)) throw Refusal.Whole("There is no offer to cover this visit to turn down.");
        cover.BackToSearching(now);
        return Unit.Value;
    }
}

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

    /// <summary>Only the booking's seeker decides on cover; anyone else gets not found.</summary>
    public static async Task<CoverRequest> LoadForSeekerAsync(BookingsDbContext db, CurrentParty party, Guid coverRequestId, CancellationToken cancellationToken)
    {
        var cover = await db.CoverRequests.SingleOrDefaultAsync(c => c.Id == coverRequestId, cancellationToken);
        if (cover is null || !party.IsSeeker || party.UserId != cover.SeekerUserId) throw new NotFoundException($"No cover request {coverRequestId}.");
        return cover;
    }
}
