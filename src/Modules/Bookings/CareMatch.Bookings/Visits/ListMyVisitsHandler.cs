using CareMatch.Bookings.Contracts;
using CareMatch.Bookings.Offers;
using CareMatch.Bookings.Parties;
using CareMatch.Bookings.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Bookings.Visits;

/// <summary>
/// A carer's own visits, with who each is for and where; or the visits of a seeker's own
/// bookings and of the requests they act on for someone, with who is coming. Anyone else has none.
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
            var actedFor = await party.RequestsActedForAsync(cancellationToken);
            var bookingIds = db.Bookings.Where(b => b.SeekerUserId == seekerId || actedFor.Contains(b.RequestId)).Select(b => b.Id);
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
