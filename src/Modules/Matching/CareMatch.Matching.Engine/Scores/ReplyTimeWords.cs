namespace CareMatch.Matching.Engine.Scores;

/// <summary>
/// How quickly a carer answers invitations, as a seeker reads it: the one place these words
/// are written, for the shortlist's reasons and the carer's own page alike.
/// </summary>
/// <remarks>
/// The median is rounded up, so "within" stays true: to the next 10 minutes up to 50, then to
/// the next whole hour up to a day. Beyond a day the words say only that, because a median that
/// long is mostly invitations left to lapse (they count at their full lifetime), and "within 2
/// days" would promise an answer the carer did not give.
/// </remarks>
public static class ReplyTimeWords
{
    public const string Unknown = "New: no answers yet";

    public const string OverADay = "Usually takes more than a day to answer";

    private const int MinutesInADay = 24 * 60;

    public static string Of(int? medianMinutes) => medianMinutes switch
    {
        null => Unknown,
        <= 50 => $"Usually answers within {Math.Max(10, (medianMinutes.Value + 9) / 10 * 10)} minutes",
        <= 60 => "Usually answers within 1 hour",
        <= MinutesInADay => $"Usually answers within {(medianMinutes.Value + 59) / 60} hours",
        _ => OverADay,
    };
}
