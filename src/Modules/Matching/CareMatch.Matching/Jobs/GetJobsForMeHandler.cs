using CareMatch.Bookings.Contracts;
using CareMatch.Matching.CarerIndexing;
using CareMatch.Matching.Contracts;
using CareMatch.Matching.Engine.Ranking;
using CareMatch.Matching.Engine.Snapshots;
using CareMatch.Matching.OpenRequests;
using CareMatch.Matching.Persistence;
using CareMatch.Matching.Responsiveness;
using CareMatch.Matching.Shortlists;
using CareMatch.Matching.Weights;
using CareMatch.Needs.Contracts;
using CareMatch.Providers.Contracts;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Matching.Jobs;

/// <summary>
/// Ranks every open request for the signed-in carer. Only carers in this node's index (the
/// bookable ones) are ranked, so an unverified carer sees the same nothing a seeker would see
/// of them, with the reason. The snapshot is rebuilt from Providers' public profile, exactly
/// as the index builds it, because the index keeps packed rows rather than snapshots.
/// </summary>
internal sealed class GetJobsForMeHandler(
    IModuleSender sender, CarerIndexHolder holder, IClock clock, OpenRequestsForMatching openRequests, CouncilMatchers councilMatchers, MatchingDbContext db)
    : IQueryHandler<GetJobsForMe, JobsForMe>
{
    private const int Top = 20;
    private const string NotBookable = "You will see jobs here once your profile is complete and your checks are verified.";
    private const string NoneFit = "No open request fits your care, area, availability and rate at the moment. Check again soon.";


    public async ValueTask<JobsForMe> Handle(GetJobsForMe query, CancellationToken cancellationToken)
    {
        if (await SnapshotAsync(cancellationToken) is not { } carer) return new JobsForMe([], NotBookable);

        var open = await openRequests.LoadAsync(cancellationToken);
        var facts = open.ToDictionary(r => r.RequestId, r => r.Facts);
        var ranked = await RankAsync(carer, open, cancellationToken);
        var jobs = ranked.Select(r => JobOf(r, facts[r.RequestId])).ToList();
        return new JobsForMe(jobs, jobs.Count == 0 ? NoneFit : null);
    }

    /// <summary>
    /// Each council's requests are scored with that council's weights; the lists are then merged
    /// by score, as if one engine had ranked them, and numbered again from 1.
    /// </summary>
    private async Task<IReadOnlyList<RankedRequest>> RankAsync(CarerSnapshot carer, IReadOnlyList<MatchableRequest> open, CancellationToken cancellationToken)
    {
        var matchers = await councilMatchers.LoadAsync(cancellationToken);
        var today = clock.Today();
        return open
            .GroupBy(r => matchers.For(r.Facts.District))
            .SelectMany(group => group.Key.RankRequestsFor(carer, group.Select(r => KeyValuePair.Create(r.RequestId, r.Request)), today, Top))
            .OrderByDescending(r => r.Score).ThenBy(r => r.RequestId)
            .Take(Top)
            .Select((r, at) => r with { Rank = at + 1 })
            .ToList();
    }

    private async Task<CarerSnapshot?> SnapshotAsync(CancellationToken cancellationToken)
    {
        var profile = await sender.Send(new GetMyCarerProfile(), cancellationToken);
        if (profile is not { Bookable: true }) return null;
        var profileId = profile.ProfileId;
        var indexed = await holder.ReadAsync(sender, (index, _) => index.Contains(profileId), cancellationToken);
        if (!indexed) return null;
        try
        {
            var record = await db.TrackRecords.AsNoTracking().SingleOrDefaultAsync(r => r.CarerProfileId == profileId, cancellationToken);
            var booked = await sender.Send(new ListBookedTimes(profileId), cancellationToken);
            var replyMinutes = await ReplyTimes.MedianAsync(db, profileId, clock.UtcNow, cancellationToken);
            return CarerSnapshots.Of(await sender.Send(new GetPublicCarerProfile(profileId), cancellationToken), record, booked.GetValueOrDefault(profileId), replyMinutes);
        }
        catch (NotFoundException)
        {
            // Stopped being bookable since the index last heard: treat as not bookable.
            return null;
        }
    }

    private static JobForMe JobOf(RankedRequest ranked, CareRequestFacts facts) => new(
        ranked.Rank,
        ranked.RequestId,
        [.. facts.Requirements.CareTypes.Select(CareTaxonomy.Describe)],
        facts.Sector,
        Math.Round(ranked.DistanceKm, 1),
        JobWhen.Of(facts.When),
        facts.MaxHourlyRatePence,
        Math.Round(ranked.Score, 3),
        ShortlistReasons.Of(ranked.Factors));
}
