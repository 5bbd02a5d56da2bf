using System.Text;
using CareMatch.Matching.Engine.Taxonomy;

namespace CareMatch.Matching.Taxonomy;

/// <summary>
/// Turns the language names carers and seekers type ("punjabi", "BSL") into the engine's bit
/// indexes. The languages most spoken in UK homes have fixed indexes 0–47, matched
/// case-insensitively (with a few aliases, such as Farsi for Persian). Any other name is
/// hashed (FNV-1a of its lower-case form) into the 16 spare indexes 48–63: deterministic on
/// every node with no shared state, at the cost that two rare languages may share an index, so
/// a carer could pass a required rare language they do not speak. That is rarer and safer
/// than ignoring unknown languages, which would pass every carer.
/// </summary>
internal static class LanguageIndex
{
    private const int FirstSpareIndex = 48;

    private static readonly string[] Known =
    [
        "English", "Welsh", "BSL", "Polish", "Romanian", "Punjabi", "Urdu", "Portuguese",
        "Spanish", "Arabic", "Bengali", "Gujarati", "Italian", "French", "Lithuanian", "Tamil",
        "German", "Cantonese", "Mandarin", "Somali", "Hindi", "Bulgarian", "Turkish", "Persian",
        "Russian", "Greek", "Kurdish", "Tigrinya", "Pashto", "Yoruba", "Igbo", "Shona",
        "Swahili", "Tagalog", "Malayalam", "Nepali", "Latvian", "Hungarian", "Slovak", "Czech",
        "Ukrainian", "Albanian", "Amharic", "Sinhala", "Vietnamese", "Scottish Gaelic", "Irish", "Sylheti",
    ];

    private static readonly Dictionary<string, int> IndexOf = BuildIndex();

    public static LanguageSet SetOf(IEnumerable<string> languages)
    {
        var set = LanguageSet.Empty;
        foreach (var language in languages)
        {
            if (Of(language) is { } index) set = set.With(index);
        }

        return set;
    }

    /// <summary>The index for a typed name; null for a blank one.</summary>
    public static int? Of(string? language)
    {
        var name = language?.Trim();
        if (string.IsNullOrEmpty(name)) return null;
        return IndexOf.TryGetValue(name, out var index) ? index : FirstSpareIndex + (int)(Fnv1a(name.ToLowerInvariant()) % (LanguageSet.MaxMembers - FirstSpareIndex));
    }

    private static Dictionary<string, int> BuildIndex()
    {
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Known.Length; i++) index.Add(Known[i], i);
        index.Add("British Sign Language", index["BSL"]);
        index.Add("Farsi", index["Persian"]);
        index.Add("Filipino", index["Tagalog"]);
        index.Add("Gaelic", index["Scottish Gaelic"]);
        index.Add("Chinese", index["Mandarin"]);
        index.Add("Panjabi", index["Punjabi"]);
        return index;
    }

    private static uint Fnv1a(string text)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash ^= b;
            hash *= 16777619u;
        }

        return hash;
    }
}
