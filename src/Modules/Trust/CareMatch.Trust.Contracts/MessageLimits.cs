namespace CareMatch.Trust.Contracts;

/// <summary>The longest message, read by the validator and by the page that says it.</summary>
public static class MessageLimits
{
    public const int MaxLength = 2000;
}
