using CareMatch.Matching.CarerIndexing;
using CareMatch.Matching.Contracts;
using CareMatch.Matching.Engine.Snapshots;
using CareMatch.Matching.Engine.Ranking;
using CareMatch.Matching.Engine.Scores;
using CareMatch.Matching.OpenRequests;
using CareMatch.Matching.Persistence;
using CareMatch.Matching.Weights;
using CareMatch.Needs.Contracts;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Geography;
using CareMatch.SharedKernel.Time;
using CareMatch.SharedKernel.Values;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Matching.Shortlists;

/// <summary>
/// Ranks carers for the seeker's own request. Needs checks ownership (anyone else's request is
/// NotFound, a 404). The request is placed at its sector's centroid, as the engine places carers.
/// </summary>
internal sealed class GetShortlistForMyRequestHandler(
    IModuleSender sender, CarerIndexHolder holder, IPostcodeGeocoder geocoder, IClock clock, CouncilMatchers councilMatchers, MatchingDbContext db)
    : IQueryHandler<GetShortlistForMyRequest, Shortlist>
{
    private const int Top = 20;

    public async ValueTask<Shortlist> Handle(GetShortlistForMyRequest query, CancellationToken cancellationToken)
    {
        var request = await sender.Send(new GetMyCareRequest(query.RequestId), cancellationToken);
        if (request.Status != CareRequestStatus.Open)
        {
            return NotMatched(request, "Carers are matched to open requests only. Publish this request to see carers for it.");
        }

        if (SectorCentroid(request.Sector) is not { } centroid)
        {
            return NotMatched(request, $"We could not place {request.Sector} on the map, so we cannot find carers near it yet.");
        }

        var tracked = await db.TrackedRequests.AsNoTracking().SingleOrDefaultAsync(t => t.RequestId == request.RequestId, cancellationToken);
        var widening = tracked?.WideningOfferedAt is { } offeredAt ? new WideningOffer(tracked.Widened, offeredAt, TrackedRequest.UnmatchedBeforeWidening, MatchRequest.NearMissMarginKm) : null;
        var matchRequest = MatchRequests.Of(request, centroid) with { IncludeNearMisses = tracked?.Widened == true };
        var matcher = (await councilMatchers.LoadAsync(cancellationToken)).ForSector(request.Sector);
        var today = clock.Today();
        return await holder.ReadAsync(sender, (index, cards) =>
        {
            var result = matcher.Rank(index, matchRequest, today, Top);
            var carers = result.Carers
                .Where(c => cards.ContainsKey(c.CarerId))
                .Select(c => ShortlistedCarerOf(c, cards[c.CarerId]))
                .ToList();
            return new Shortlist(request.RequestId, request.RecipientFirstName, request.Sector, true, carers, result.Summary.Text, result.Suggestions.Select(s => s.Text).ToList(), widening);
        }, cancellationToken);
    }

    private static ShortlistedCarer ShortlistedCarerOf(RankedCarer carer, CarerCard card) =>
        new(carer.Rank, carer.CarerId, card.DisplayName, card.HomeSector, Math.Round(carer.DistanceKm, 1), card.HourlyRatePence, Math.Round(carer.Score, 3), ShortlistReasons.Of(carer.Factors),
            BeyondUsualTravel: carer.DistanceKm > card.TravelRadiusKm, ReplyTime: ReplyTimeWords.Of(card.MedianReplyMinutes));

    private static Shortlist NotMatched(MyCareRequest request, string why) =>
        new(request.RequestId, request.RecipientFirstName, request.Sector, false, [], why, []);

    /// <summary>A sector ("LS1 4") geocodes as any postcode in it; the geocoder answers with the sector's centroid (or its district's).</summary>
    private GeoPoint? SectorCentroid(string sector) =>
        Postcode.TryParse(sector + "AA", out var postcode, out _) ? geocoder.Geocode(postcode).Point : null;
}
