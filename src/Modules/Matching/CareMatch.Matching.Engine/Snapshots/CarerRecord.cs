namespace CareMatch.Matching.Engine.Snapshots;

/// <summary>What the scores read beyond the filters' row: how the carer has done so far. Read only for carers who pass every filter.</summary>
internal struct CarerRecord
{
    public const ushort ReplyUnknown = ushort.MaxValue;

    public int RatingSum;
    public int RatingCount;
    public int CompletedVisits;
    public int Cancellations;
    public ushort MedianReplyMinutes;

    public static CarerRecord From(CarerSnapshot carer) => new()
    {
        RatingSum = Math.Max(0, carer.RatingSum),
        RatingCount = Math.Max(0, carer.RatingCount),
        CompletedVisits = Math.Max(0, carer.CompletedVisits),
        Cancellations = Math.Max(0, carer.CarerCancellations),
        MedianReplyMinutes = carer.MedianReplyMinutes is { } minutes ? (ushort)Math.Clamp(minutes, 0, ReplyUnknown - 1) : ReplyUnknown,
    };
}
