namespace CareMatch.Matching.Engine.Scores;

/// <summary>
/// Carers who answer quickly get care started sooner: 60 ÷ (60 + median minutes), so an hour
/// halves the score and three hours quarter it. Carers with no answers yet score an even 0.5,
/// the same as answering within the hour; invitations left to lapse count at their full lifetime,
/// so ignoring them scores worse than being new.
/// </summary>
internal static class ResponsivenessScore
{
    public const double Unknown = 0.5;

    public static double Value(ushort medianReplyMinutes) =>
        medianReplyMinutes == Snapshots.CarerRecord.ReplyUnknown ? Unknown : 60.0 / (60.0 + medianReplyMinutes);

    public static string Explain(ushort medianReplyMinutes) =>
        ReplyTimeWords.Of(medianReplyMinutes == Snapshots.CarerRecord.ReplyUnknown ? null : medianReplyMinutes);
}
