using CareMatch.Matching.Engine.Time;

namespace CareMatch.Matching.Engine.Snapshots;

/// <summary>
/// The part of a carer the hard filters read, packed into 64 bytes so a candidate costs one
/// cache line. The index keeps these in one array (ordered by grid cell at build, so
/// neighbours sit together); the availability pattern is shared and the dated clashes are
/// kept aside, because most carers have none. What only the scores read is in
/// <see cref="CarerRecord"/>, because most carers checked fail a filter and are never scored.
/// </summary>
internal struct CarerRow
{
    /// <summary>Credentials "valid through" for a carer who may not be booked at all.</summary>
    public const int NotBookable = int.MinValue;

    public ulong CareTypes;
    public ulong Skills;
    public ulong Languages;

    /// <summary>The weekly pattern as whole free hours (<see cref="WeekHours"/>); only the index fills them, and the last word says whether they are exact.</summary>
    public ulong Hours0;
    public ulong Hours1;
    public ulong Hours2;
    public int HourlyRatePence;

    /// <summary>DateOnly.DayNumber of the last day every required credential is valid; <see cref="NotBookable"/> if unverified.</summary>
    public int CredentialsValidThroughDay;

    /// <summary>The shared availability pattern's id in the index; -1 outside it.</summary>
    public int PatternId;
    public byte Gender;
    public bool Drives;
    public byte TravelRadiusKm;

    /// <summary>Whether the carer has time off or booked visits (kept beside the rows), so the many who have none cost no look.</summary>
    public bool HasClashes;

    public static CarerRow From(CarerSnapshot carer) => new()
    {
        CareTypes = carer.CareTypes.Bits,
        Skills = carer.Skills.Bits,
        Languages = carer.Languages.Bits,
        HourlyRatePence = (int)Math.Clamp(carer.HourlyRatePence, 0, int.MaxValue),
        CredentialsValidThroughDay = !carer.Verified ? NotBookable : carer.CredentialsValidUntil?.DayNumber ?? int.MaxValue,
        Gender = (byte)carer.Gender,
        Drives = carer.Drives,
        TravelRadiusKm = (byte)Math.Clamp(carer.TravelRadiusKm, 0, CarerSnapshot.MaxTravelRadiusKm),
        PatternId = -1,
    };

    /// <summary>The parts of the week asked for that the whole free hours miss; only meaningful when <see cref="HoursAreExact"/>.</summary>
    public readonly uint MissedParts(ulong[] neededHours) => WeekHours.MissedParts(neededHours, Hours0, Hours1, Hours2);

    public readonly bool HoursAreExact => (Hours2 & WeekHours.Exact) != 0;

    public void SetHours(ReadOnlySpan<ulong> hours) => (Hours0, Hours1, Hours2) = (hours[0], hours[1], hours[2]);
    /// <summary>
    /// Time off and booked visits as [start, end) pairs of local minutes, sorted; null when
    /// there are none, which is most carers, so they cost nothing.
    /// </summary>
    public static int[]? ClashesOf(CarerSnapshot carer)
    {
        var count = carer.TimeOff.Count + carer.BookedVisits.Count;
        if (count == 0) return null;
        var spans = new List<(int Start, int End)>(count);
        spans.AddRange(carer.TimeOff.Select(range => range.ToMinutes()));
        spans.AddRange(carer.BookedVisits.Select(visit => visit.ToMinutes()));
        spans.RemoveAll(span => span.End <= span.Start);
        if (spans.Count == 0) return null;
        spans.Sort();
        var pairs = new int[spans.Count * 2];
        for (var i = 0; i < spans.Count; i++)
        {
            pairs[2 * i] = spans[i].Start;
            pairs[(2 * i) + 1] = spans[i].End;
        }

        return pairs;
    }
}
