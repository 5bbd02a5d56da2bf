namespace CareMatch.Web.Words;

/// <summary>Lists and yes/no answers in summary lists.</summary>
public static class ListWords
{
    public static string List(IEnumerable<string> items, string none = "None") =>
        items.Any() ? string.Join(", ", items) : none;

    public static string YesNo(bool value) => value ? "Yes" : "No";
}
