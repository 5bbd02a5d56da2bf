using CareMatch.Matching.CarerIndexing;
using CareMatch.Matching.Contracts;
using CareMatch.Matching.Engine.Time;
using CareMatch.Matching.Shortlists;
using CareMatch.Matching.Weights;
using CareMatch.Needs.Contracts;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Time;
using Mediator;

namespace CareMatch.Matching.Cover;

/// <summary>
/// The request's facts as a one-off visit at the cover time, with the person's previous carers
/// for continuity, ranked with the council's weights. Asked for a few more than needed, so the
/// excluded carers can be dropped and enough remain.
/// </summary>
internal sealed class RankCoverCarersHandler(IModuleSender sender, CarerIndexHolder holder, CouncilMatchers councilMatchers, IClock clock)
    : IQueryHandler<RankCoverCarers, IReadOnlyList<CoverCandidate>>
{
    public async ValueTask<IReadOnlyList<CoverCandidate>> Handle(RankCoverCarers query, CancellationToken cancellationToken)
    {
        if (await sender.Send(new GetCareRequestFacts(query.RequestId), cancellationToken) is not { } facts) return [];
        var start = UkCalendar.ToUkTime(query.StartsAt).DateTime;
        var end = UkCalendar.ToUkTime(query.EndsAt).DateTime;
        var request = MatchRequests.Of(facts) with
        {
            Schedule = VisitSchedule.OneOff(start, end),
            PreviousCarerVisits = query.PreviousCarerVisits,
            BlockedCarerIds = query.Exclude,
        };
        var matcher = (await councilMatchers.LoadAsync(cancellationToken)).For(facts.District);
        var today = clock.Today();
        return await holder.ReadAsync(sender, (index, cards) => matcher.Rank(index, request, today, Math.Max(0, query.Top)).Carers
            .Where(c => cards.ContainsKey(c.CarerId))
            .Select((c, at) => new CoverCandidate(c.CarerId, cards[c.CarerId].DisplayName, at + 1))
            .ToList(), cancellationToken);
    }
}
