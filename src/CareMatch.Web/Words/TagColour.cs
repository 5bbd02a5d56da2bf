namespace CareMatch.Web.Words;

/// <summary>The GOV.UK tag colours we use; each says one thing wherever it appears.</summary>
public enum TagColour
{
    /// <summary>Not started, or over without harm.</summary>
    Grey,

    /// <summary>In progress, waiting for something.</summary>
    Blue,

    /// <summary>Needs the reader to act.</summary>
    Yellow,

    /// <summary>Done, as hoped.</summary>
    Green,

    /// <summary>Stopped, refused or missed.</summary>
    Red,
}
