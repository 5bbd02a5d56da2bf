using CareMatch.Bookings.Bookings;
using CareMatch.Bookings.Contracts;
using CareMatch.Bookings.Offers;
using CareMatch.Bookings.Parties;
using CareMatch.Bookings.Persistence;
using CareMatch.Needs.Contracts;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Bookings.Visits;

internal sealed class GetVisitHandler(IModuleSender sender, CurrentParty party, BookingsDbContext db, VisitSettings settings, IClock clock) : IQueryHandler<GetVisit, VisitView>
{
    public async ValueTask<VisitView> Handle(GetVisit query, CancellationToken cancellationToken)
    {
        var (visit, booking, side) = await VisitAccess.LoadAsync(db, party, query.VisitId, cancellationToken);
        var now = clock.UtcNow;
        var view = visit.ViewFor(booking, side, now, settings);
        if (side == OfferParty.Carer) return view with { ForCarer = await PrivateDetails.ForCarerAsync(sender, booking, cancellationToken) };
        if (side != OfferParty.Seeker) return view;
        var cover = await db.CoverRequests.AsNoTracking().SingleOrDefaultAsync(c => c.VisitId == visit.Id, cancellationToken);
        if (cover is null) return view;
        var asked = await db.CoverOffers.CountAsync(o => o.CoverRequestId == cover.Id, cancellationToken);
        return view with { Cover = new CoverView(cover.Id, cover.Status, asked, cover.VolunteerName, cover.CoverVisitId, cover.CanDecide(now)) };
    }
}

/// <summary>
/// A carer's own visits, with who each is for and where; or the visits of a seeker's own
/// bookings, with who is coming. Anyone else has none.
/// </summary>
internal sealed class ListMyVisitsHandler(IModuleSender sender, CurrentParty party, BookingsDbContext db, VisitSettings settings, IClock clock) : IQueryHandler<ListMyVisits, IReadOnlyList<VisitView>>
{
    public async ValueTask<IReadOnlyList<VisitView>> Handle(ListMyVisits query, CancellationToken cancellationToken)
    {
        var days = Math.Clamp(query.Days, 1, 92);
        var from = UkCalendar.ToInstant(query.From, TimeOnly.MinValue);
        var to = UkCalendar.ToInstant(query.From.AddDays(days), TimeOnly.MinValue);
        IQueryable<Visit> visits;
        OfferParty side;
        if (await party.CarerProfileIdAsync(cancellationToken) is { } profileId)
        {
            (visits, side) = (db.Visits.Where(v => v.CarerProfileId == profileId), OfferParty.Carer);
        }
        else if (party.IsSeeker && party.UserId is { } seekerId)
        {
            var bookingIds = db.Bookings.Where(b => b.SeekerUserId == seekerId).Select(b => b.Id);
            (visits, side) = (db.Visits.Where(v => bookingIds.Contains(v.BookingId)), OfferParty.Seeker);
        }
        else
        {
            return [];
        }

        var found = await visits.AsNoTracking().Where(v => v.StartsAt >= from && v.StartsAt < to).ToListAsync(cancellationToken);
        var ids = found.Select(v => v.BookingId).Distinct().ToList();
        var bookings = await db.Bookings.AsNoTracking().Where(b => ids.Contains(b.Id)).ToDictionaryAsync(b => b.Id, cancellationToken);
        var forCarer = new Dictionary<Guid, PrivateDetailsForCarer?>();
        if (side == OfferParty.Carer)
        {
            foreach (var booking in bookings.Values) forCarer[booking.Id] = await PrivateDetails.ForCarerAsync(sender, booking, cancellationToken);
        }

        var now = clock.UtcNow;
        return found.OrderBy(v => v.StartsAt)
            .Select(v => v.ViewFor(bookings[v.BookingId], side, now, settings) with { ForCarer = forCarer.GetValueOrDefault(v.BookingId) })
            .ToList();
    }
}

/// <summary>The booked carer sees the address here, and only here; the seeker sees the carer and the visits to come.</summary>
internal sealed class GetBookingHandler(IModuleSender sender, CurrentParty party, BookingsDbContext db, VisitSettings settings, IClock clock) : IQueryHandler<GetBooking, BookingView>
{
    public async ValueTask<BookingView> Handle(GetBooking query, CancellationToken cancellationToken)
    {
        var (booking, side) = await VisitAccess.LoadBookingAsync(db, party, query.BookingId, cancellationToken);
        var now = clock.UtcNow;
        var upcoming = await db.Visits.AsNoTracking().Where(v => v.BookingId == booking.Id && v.EndsAt > now).ToListAsync(cancellationToken);
        var forCarer = side == OfferParty.Carer ? await PrivateDetails.ForCarerAsync(sender, booking, cancellationToken) : null;

        return new BookingView(
            booking.Id, booking.RequestId, booking.CarerProfileId, booking.CarerName, booking.Sector, forCarer, booking.HourlyRatePence, booking.ConfirmedAt,
            booking.Active, booking.EndReason, upcoming.OrderBy(v => v.StartsAt).Select(v => v.ViewFor(booking, side, now, settings) with { ForCarer = forCarer }).ToList(), CanEnd: booking.Active);
    }
}

internal static class VisitViews
{
    public static VisitView ViewFor(this Visit v, Booking booking, OfferParty side, DateTimeOffset now, VisitSettings settings) => new(
        v.Id, v.BookingId, v.CarerProfileId, v.CoverCarerName ?? booking.CarerName, booking.Sector, UkCalendar.ToUkTime(v.StartsAt), UkCalendar.ToUkTime(v.EndsAt), v.Status,
        v.CheckedInAt, v.CheckedOutAt, v.CarerNotes, v.ApprovedAt, v.ApprovedAutomatically, v.CancelledBy, v.LateCancellation,
        CanCheckIn: side == OfferParty.Carer && v.CanCheckIn(now, settings),
        CanCheckOut: side == OfferParty.Carer && v.CanCheckOut,
        CanApprove: side == OfferParty.Seeker && v.CanApprove,
        CanCancel: v.CanCancel(now));
}
