using CareMatch.Matching.Engine.Ranking;
using CareMatch.Matching.Engine.Snapshots;

namespace CareMatch.Matching.Engine.Filters;

/// <summary>The carer must speak every language the request requires: care needs conversation.</summary>
internal static class LanguageFilter
{
    public static bool Passes(in CarerView carer, PreparedRequest request) =>
        (carer.Row.Languages & request.RequiredLanguages) == request.RequiredLanguages;

    public static string Explain() => "Does not speak the language needed";

    public static string Summarise(int count) => Plural.Of(count, "doesn't speak the language needed", "don't speak the language needed");
}
