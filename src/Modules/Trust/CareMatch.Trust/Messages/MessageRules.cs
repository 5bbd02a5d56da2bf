namespace CareMatch.Trust.Messages;

/// <summary>Numbers the thread page and its validator both read, so the form and the rule agree.</summary>
internal static class MessageRules
{
    public const int MaxLength = 2000;
}
