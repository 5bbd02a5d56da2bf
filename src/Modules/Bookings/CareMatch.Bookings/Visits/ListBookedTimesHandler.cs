using CareMatch.Bookings.Contracts;
using CareMatch.Bookings.Persistence;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Bookings.Visits;

/// <summary>No caller check: it says only when carers are busy, never where or for whom. For Matching, never a page.</summary>
internal sealed class ListBookedTimesHandler(BookingsDbContext db, IClock clock) : IQueryHandler<ListBookedTimes, IReadOnlyDictionary<Guid, IReadOnlyList<BookedTime>>>
{
    public async ValueTask<IReadOnlyDictionary<Guid, IReadOnlyList<BookedTime>>> Handle(ListBookedTimes query, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var visits = db.Visits.AsNoTracking().Where(v => v.EndsAt > now && (v.Status == VisitStatus.Scheduled || v.Status == VisitStatus.CheckedIn));
        if (query.CarerProfileId is { } carerId) visits = visits.Where(v => v.CarerProfileId == carerId);
        var found = await visits.Select(v => new { v.CarerProfileId, v.StartsAt, v.EndsAt }).ToListAsync(cancellationToken);
        return found.GroupBy(v => v.CarerProfileId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<BookedTime>)g.OrderBy(v => v.StartsAt).Select(v => new BookedTime(v.StartsAt, v.EndsAt)).ToList());
    }
}
