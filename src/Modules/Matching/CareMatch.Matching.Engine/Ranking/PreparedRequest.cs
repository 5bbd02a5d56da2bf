using System.Numerics;
using CareMatch.Matching.Engine.Filters;
using CareMatch.Matching.Engine.Geography;
using CareMatch.Matching.Engine.Snapshots;
using CareMatch.Matching.Engine.Taxonomy;
using CareMatch.Matching.Engine.Time;

namespace CareMatch.Matching.Engine.Ranking;

/// <summary>
/// A request turned, once per query, into the raw numbers the per-carer rules compare with:
/// masks, minutes, a unit vector, small sorted id lists. Nothing here is computed per carer.
/// </summary>
internal sealed class PreparedRequest
{
    public PreparedRequest(MatchRequest request, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Schedule);
        Request = request;
        Point = SurfacePoint.FromDegrees(request.Latitude, request.Longitude);
        RequiredCareTypes = request.RequiredCareTypes.Bits;
        RequiredSkills = request.RequiredSkills.Bits;
        RequiredLanguages = request.RequiredLanguages.Bits;
        PreferredCareTypes = request.PreferredCareTypes.Bits & ~RequiredCareTypes;
        PreferredSkills = request.PreferredSkills.Bits & ~RequiredSkills;
        PreferredLanguages = request.PreferredLanguages.Bits & ~RequiredLanguages;
        RequiredGender = request.GenderRequirement == GenderRequirement.Required ? (byte)request.CarerGender : (byte)0;
        PreferredGender = request.GenderRequirement == GenderRequirement.Preferred ? (byte)request.CarerGender : (byte)0;
        PreferenceCount = BitOperations.PopCount(PreferredCareTypes) + BitOperations.PopCount(PreferredSkills)
            + BitOperations.PopCount(PreferredLanguages) + (PreferredGender != 0 ? 1 : 0);
        NeedsDriver = request.NeedsDriver;
        MaxHourlyRatePence = request.MaxHourlyRatePence is { } max ? Math.Max(0, max) : long.MaxValue;
        FirstDay = request.Schedule.FirstDay(today).DayNumber;
        (WindowStart, WindowEnd) = request.Schedule.CommitmentWindow(today);
        Needed = request.Schedule.Slots.Words.ToArray();
        NeededWords = WordsInUse(Needed);
        NeededParts = AvailabilityFilter.MissedParts(Needed);
        NeededHours = new ulong[WeekHours.WordCount];
        WeekHours.Needed(Needed, NeededHours);
        Blocked = request.BlockedCarerIds.Count == 0 ? [] : request.BlockedCarerIds.Distinct().Order().ToArray();
        (PreviousCarers, PreviousVisits) = request.PreviousCarerVisits.Count == 0 ? ([], []) : Previous(request.PreviousCarerVisits);
    }

    public MatchRequest Request { get; }

    public SurfacePoint Point { get; }

    public ulong RequiredCareTypes { get; }

    public ulong RequiredSkills { get; }

    public ulong RequiredLanguages { get; }

    public ulong PreferredCareTypes { get; }

    public ulong PreferredSkills { get; }

    public ulong PreferredLanguages { get; }

    /// <summary>The CarerGender byte a carer must have, or 0 for no requirement.</summary>
    public byte RequiredGender { get; }

    public byte PreferredGender { get; }

    /// <summary>How many preferred things (care types, skills, languages, gender) there are to cover.</summary>
    public int PreferenceCount { get; }

    public bool NeedsDriver { get; }

    public long MaxHourlyRatePence { get; }

    public bool HasBudget => MaxHourlyRatePence != long.MaxValue;

    /// <summary>DayNumber of the first day care is needed from.</summary>
    public int FirstDay { get; }

    public int WindowStart { get; }

    public int WindowEnd { get; }

    public ulong[] Needed { get; }

    /// <summary>Only the words with slots asked for: most requests touch two or three of the eleven.</summary>
    public int[] NeededWords { get; }

    /// <summary>The hours holding a slot asked for, to compare with carers' whole free hours.</summary>
    public ulong[] NeededHours { get; }

    /// <summary>The parts of the week holding a slot asked for: the most a carer can miss.</summary>
    public uint NeededParts { get; }

    public Guid[] Blocked { get; }

    public Guid[] PreviousCarers { get; }

    public int[] PreviousVisits { get; }

    /// <summary>The indices of the words holding a slot.</summary>
    private static int[] WordsInUse(ulong[] words)
    {
        var count = 0;
        foreach (var word in words) count += word != 0 ? 1 : 0;
        var inUse = new int[count];
        for (int i = 0, at = 0; i < words.Length; i++)
        {
            if (words[i] != 0) inUse[at++] = i;
        }

        return inUse;
    }

    /// <summary>Previous carers with at least one visit, sorted by id for binary search, and their visits.</summary>
    private static (Guid[] Carers, int[] Visits) Previous(IReadOnlyDictionary<Guid, int> visits)
    {
        var previous = visits.Where(pair => pair.Value > 0).OrderBy(pair => pair.Key).ToArray();
        return (previous.Select(pair => pair.Key).ToArray(), previous.Select(pair => pair.Value).ToArray());
    }

    public bool IsBlocked(Guid carerId) => Blocked.Length != 0 && Array.BinarySearch(Blocked, carerId) >= 0;

    public int VisitsWithRecipient(Guid carerId)
    {
        if (PreviousCarers.Length == 0) return 0;
        var at = Array.BinarySearch(PreviousCarers, carerId);
        return at >= 0 ? PreviousVisits[at] : 0;
    }
}
