using CareMatch.Commissioning.Activity;
using CareMatch.Commissioning.Contracts;
using CareMatch.Commissioning.Councils;
using CareMatch.Commissioning.Persistence;
using CareMatch.SharedKernel.Identity;
using CareMatch.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Commissioning.Metrics;

/// <summary>
/// What a commissioner's view is about: their own council (never another), the chosen weeks up to
/// today (4, 13 or 52; 13 for anything else), and the filters that name something of theirs.
/// </summary>
internal sealed record CommissionerScope(
    Guid CouncilId, string CouncilName, int Weeks, DateOnly From, DateOnly To, DateTimeOffset Since, DateTimeOffset Now, IReadOnlyList<string> Districts, RequestFilters Filters)
{
    private static readonly int[] Periods = [4, 13, 52];

    /// <summary>The districts counted: the one chosen, or all the council's.</summary>
    public IReadOnlyList<string> InArea => Filters.District is { } one ? [one] : Districts;

    /// <summary>Null when the commissioner is not linked to a council yet.</summary>
    public static async Task<CommissionerScope?> FindAsync(
        CommissioningDbContext db, ICurrentUser currentUser, IClock clock, int weeks, RequestFilters filters, CancellationToken cancellationToken)
    {
        if (await MyCouncil.FindAsync(db, currentUser, cancellationToken) is not { } council) return null;
        var chosen = Periods.Contains(weeks) ? weeks : 13;
        var to = clock.Today();
        var from = to.AddDays(1 - (7 * chosen));
        var districts = await CouncilDistrictList.OfAsync(db, council.Id, cancellationToken);
        return new CommissionerScope(council.Id, council.Name, chosen, from, to, UkCalendar.ToInstant(from, TimeOnly.MinValue), clock.UtcNow,
            districts, RequestFacts.Known(filters, districts));
    }
}
