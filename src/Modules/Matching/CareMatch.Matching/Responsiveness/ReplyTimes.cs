using CareMatch.Matching.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Matching.Responsiveness;

/// <summary>
/// The median minutes each carer took to answer invitations over the last <see cref="Window"/>
/// (answers given, or invitations lapsed, since then), rounded up to a whole minute so words
/// that say "within" stay true. Carers with none in the window have no median.
/// </summary>
internal static class ReplyTimes
{
    public static readonly TimeSpan Window = TimeSpan.FromDays(90);

    /// <summary>Every carer's median, from one read of the window's replies: the index loads all carers at once.</summary>
    public static async Task<Dictionary<Guid, int>> MediansAsync(MatchingDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var replies = await InWindow(db, now)
            .Select(r => new { r.CarerProfileId, r.SentAt, r.AnsweredAt })
            .ToListAsync(cancellationToken);
        return replies
            .GroupBy(r => r.CarerProfileId)
            .ToDictionary(g => g.Key, g => Median(g.Select(r => r.AnsweredAt - r.SentAt).ToList()));
    }

    public static async Task<int?> MedianAsync(MatchingDbContext db, Guid carerProfileId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var replies = await InWindow(db, now)
            .Where(r => r.CarerProfileId == carerProfileId)
            .Select(r => new { r.SentAt, r.AnsweredAt })
            .ToListAsync(cancellationToken);
        return replies.Count == 0 ? null : Median(replies.Select(r => r.AnsweredAt - r.SentAt).ToList());
    }

    /// <summary>The middle time (the mean of the middle two for an even count), in whole minutes rounded up. Needs at least one.</summary>
    public static int Median(List<TimeSpan> times)
    {
        times.Sort();
        var middle = times.Count / 2;
        var median = times.Count % 2 == 1 ? times[middle] : (times[middle - 1] + times[middle]) / 2;
        // Whole seconds first: a database that keeps microseconds must not turn 10 minutes into 11.
        return (int)Math.Ceiling(Math.Max(0, Math.Round(median.TotalSeconds)) / 60);
    }

    private static IQueryable<InvitationReply> InWindow(MatchingDbContext db, DateTimeOffset now)
    {
        var since = now - Window;
        return db.InvitationReplies.AsNoTracking().Where(r => r.AnsweredAt >= since);
    }
}
