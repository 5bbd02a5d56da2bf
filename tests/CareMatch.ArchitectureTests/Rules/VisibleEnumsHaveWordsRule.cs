using System.Reflection;
using System.Text.RegularExpressions;

namespace CareMatch.ArchitectureTests.Rules;

/// <summary>
/// Every enum a person can see has its words in exactly one place: a public static
/// <c>Of(TheEnum)</c> returning string, among the given words classes. Each value is run through
/// it; a value with no entry (it throws), an empty entry, or an entry that is just the identifier
/// of a multi-word name ("CheckedIn") is reported.
/// </summary>
internal sealed partial class VisibleEnumsHaveWordsRule
{
    public IReadOnlyList<string> Check(IEnumerable<Type> enums, IEnumerable<Type> wordsClasses)
    {
        var words = wordsClasses
            .SelectMany(c => c.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .Where(m => m.Name == "Of" && m.ReturnType == typeof(string) && m.GetParameters() is [{ ParameterType.IsEnum: true }])
            .ToLookup(m => m.GetParameters()[0].ParameterType);
        var violations = new List<string>();
        foreach (var type in enums)
        {
            var sources = words[type].ToList();
            switch (sources.Count)
            {
                case 0:
                    violations.Add($"{type.Name} has no words: write Of({type.Name}) in the words");
                    continue;
                case > 1:
                    violations.Add($"{type.Name} has words in {sources.Count} places: {string.Join(", ", sources.Select(s => s.DeclaringType!.Name))}");
                    continue;
            }

            foreach (var value in Enum.GetValues(type))
            {
                var name = $"{type.Name}.{value}";
                string? text;
                try
                {
                    text = (string?)sources[0].Invoke(null, [value]);
                }
                catch (TargetInvocationException exception)
                {
                    violations.Add($"{name} has no words ({exception.InnerException?.GetType().Name})");
                    continue;
                }

                if (string.IsNullOrWhiteSpace(text)) violations.Add($"{name} has empty words");
                else if (text == value.ToString() && MultiWord().IsMatch(text)) violations.Add($"{name} reads as its identifier \"{text}\"");
            }
        }

        return violations;
    }

    /// <summary>A lower-case letter or digit followed by a capital: "CheckedIn", "From85", not "Booked".</summary>
    [GeneratedRegex("[a-z0-9][A-Z]")]
    private static partial Regex MultiWord();
}
