namespace BadExamples.Files;

/// <summary>A handler whose file also hides the rules other handlers use.</summary>
internal sealed class HiddenHelperHandler
{
    public bool CanSend(int offers) => HiddenHelperRules.UnderLimit(offers) && FileScopedHelper.Always;
}

internal static class HiddenHelperRules
{
    public static bool UnderLimit(int offers) => offers < 5;
}

/// <summary>Allowed: a file-scoped type cannot be used outside its file.</summary>
file static class FileScopedHelper
{
    public const bool Always = true;
}
