using CareMatch.Bookings.Bookings;
using CareMatch.Bookings.Contracts;
using CareMatch.Bookings.Cover;
using CareMatch.Bookings.Handover;
using CareMatch.Bookings.Offers;
using CareMatch.Bookings.Parties;
using CareMatch.Bookings.Persistence;
using CareMatch.Bookings.Visits;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.PersonalData;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Bookings.PersonalData;

internal sealed class ExportMyBookingsDataHandler(BookingsDbContext db, CurrentParty party) : IQueryHandler<ExportMyBookingsData, ModuleDataExport>
{
    public async ValueTask<ModuleDataExport> Handle(ExportMyBookingsData query, CancellationToken cancellationToken)
    {
        var userId = party.UserId ?? throw new AccessDeniedException();
        var profileId = await party.CarerProfileIdAsync(cancellationToken);
        var tables = new List<PersonalDataTable>();

        // As seeker: all of it is theirs or shown to them (the carer's name and profile, the visits).
        var seekerOffers = await db.Offers.AsNoTracking().Where(o => o.SeekerUserId == userId).ToListAsync(cancellationToken);
        var seekerBookings = await db.Bookings.AsNoTracking().Where(b => b.SeekerUserId == userId).ToListAsync(cancellationToken);
        var seekerBookingIds = seekerBookings.Select(b => b.Id).ToList();
        var seekerVisits = await db.Visits.AsNoTracking().Where(v => seekerBookingIds.Contains(v.BookingId)).ToListAsync(cancellationToken);
        var seekerCover = await db.CoverRequests.AsNoTracking().Where(c => c.SeekerUserId == userId).ToListAsync(cancellationToken);
        var handoverCards = await db.HandoverCards.AsNoTracking().Where(c => c.SeekerUserId == userId).ToListAsync(cancellationToken);
        var cardRequestIds = handoverCards.Select(c => c.RequestId).ToList();
        var openingsOfMyCards = await db.HandoverCardOpenings.AsNoTracking().Where(o => cardRequestIds.Contains(o.RequestId)).ToListAsync(cancellationToken);

        // As carer: without the seeker's user id, which no carer page shows.
        List<Offer> carerOffers = [];
        List<Booking> carerBookings = [];
        List<Visit> carerVisits = [];
        List<CoverOffer> coverOffers = [];
        List<CoverRequest> carerCover = [];
        List<HandoverCardOpening> myOpenings = [];
        if (profileId is { } id)
        {
            carerOffers = await db.Offers.AsNoTracking().Where(o => o.CarerProfileId == id).ToListAsync(cancellationToken);
            carerBookings = await db.Bookings.AsNoTracking().Where(b => b.CarerProfileId == id).ToListAsync(cancellationToken);
            carerVisits = await db.Visits.AsNoTracking().Where(v => v.CarerProfileId == id).ToListAsync(cancellationToken);
            coverOffers = await db.CoverOffers.AsNoTracking().Where(o => o.CarerProfileId == id).ToListAsync(cancellationToken);
            carerCover = await db.CoverRequests.AsNoTracking()
                .Where(c => c.CancelledCarerProfileId == id || c.VolunteerProfileId == id).ToListAsync(cancellationToken);
            myOpenings = await db.HandoverCardOpenings.AsNoTracking().Where(o => o.CarerProfileId == id).ToListAsync(cancellationToken);
        }

        tables.AddRange(PersonalDataRows.Of(db, seekerOffers));
        tables.AddRange(PersonalDataRows.Of(db, carerOffers, nameof(Offer.SeekerUserId)));
        tables.AddRange(PersonalDataRows.Of(db, seekerBookings));
        tables.AddRange(PersonalDataRows.Of(db, carerBookings, nameof(Booking.SeekerUserId)));
        tables.AddRange(PersonalDataRows.Of(db, seekerVisits.UnionBy(carerVisits, v => v.Id)));
        tables.AddRange(PersonalDataRows.Of(db, seekerCover));
        tables.AddRange(PersonalDataRows.Of(db, carerCover, nameof(CoverRequest.SeekerUserId)));
        tables.AddRange(PersonalDataRows.Of(db, coverOffers));
        tables.AddRange(PersonalDataRows.Of(db, handoverCards));
        tables.AddRange(PersonalDataRows.Of(db, openingsOfMyCards.UnionBy(myOpenings, o => o.Id)));
        return new ModuleDataExport("Bookings", Merge(tables));
    }

    /// <summary>One entry per table: the seeker's and the carer's rows of it together.</summary>
    private static List<PersonalDataTable> Merge(IEnumerable<PersonalDataTable> tables) => tables
        .GroupBy(t => t.Table, StringComparer.Ordinal)
        .Select(g => new PersonalDataTable(g.Key, g.SelectMany(t => t.Rows).ToList()))
        .ToList();
}
