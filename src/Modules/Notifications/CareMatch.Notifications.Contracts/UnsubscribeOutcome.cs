namespace CareMatch.Notifications.Contracts;

public enum UnsubscribeOutcome
{
    TurnedOff = 1,

    /// <summary>That kind was already off for that person: the link was used before, or the setting changed.</summary>
    AlreadyOff,

    /// <summary>Tampered with, cut short, or not one of ours: nothing changed.</summary>
    NotValid,
}
