namespace CareMatch.ArchitectureTests.BadExamples.Words;

/// <summary>An enum a person sees, with words that go wrong in each way the rule must catch.</summary>
public enum BadVisitState
{
    /// <summary>Good, for contrast: one word that reads as itself.</summary>
    Booked = 1,

    /// <summary>Bad: its words are the identifier, "CheckedIn".</summary>
    CheckedIn,

    /// <summary>Bad: it has no entry at all.</summary>
    RunningLate,

    /// <summary>Bad: an empty entry.</summary>
    Blank,
}

/// <summary>Bad: nobody wrote words for this one.</summary>
public enum UnwordedKind
{
    Something = 1,
}

/// <summary>Good, for contrast: every value has words of its own.</summary>
public enum WellWordedKind
{
    OneOff = 1,
    Weekly,
}

public static class BadVisitWords
{
    public static string Of(BadVisitState state) => state switch
    {
        BadVisitState.Booked => "Booked",
        BadVisitState.CheckedIn => state.ToString(),
        BadVisitState.Blank => " ",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    public static string Of(WellWordedKind kind) => kind == WellWordedKind.OneOff ? "One visit" : "Every week";
}

/// <summary>Bad: a second source of words for an enum that already has some.</summary>
public static class MoreVisitWords
{
    public static string Of(WellWordedKind kind) => kind.ToString();
}
