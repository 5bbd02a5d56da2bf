namespace CareMatch.Matching.Engine.Scores;

/// <summary>
/// Carers who answer quickly get care started sooner: the score halves for every hour of the
/// median reply time. Carers with no replies yet score an even 0.5.
/// </summary>
internal static class ResponsivenessScore
{
    public const double Unknown = 0.5;

    public static double Value(ushort medianReplyMinutes) =>
        medianReplyMinutes == Snapshots.CarerRecord.ReplyUnknown ? Unknown : 60.0 / (60.0 + medianReplyMinutes);

    public static string Explain(ushort medianReplyMinutes) => medianReplyMinutes == Snapshots.CarerRecord.ReplyUnknown
        ? "No replies yet"
        : medianReplyMinutes < 60 ? $"Usually replies within {Math.Max(1, (int)medianReplyMinutes)} minutes" : $"Usually replies within {(medianReplyMinutes + 59) / 60} hours";
}
