using Xunit;

namespace CareMatch.ArchitectureTests.Support;

/// <summary>Assertions that print every violation, so a failing rule says exactly what to fix.</summary>
internal static class Violations
{
    public static void AssertNone(IReadOnlyList<string> violations) =>
        Assert.True(violations.Count == 0, $"{violations.Count} violation(s):\n{string.Join('\n', violations)}");

    /// <summary>Each fragment must appear in some violation: the rule caught that particular defect.</summary>
    public static void AssertReported(IReadOnlyList<string> violations, params string[] fragments)
    {
        foreach (var fragment in fragments)
        {
            Assert.True(violations.Any(v => v.Contains(fragment, StringComparison.Ordinal)),
                $"Expected a violation mentioning '{fragment}', got {violations.Count}:\n{string.Join('\n', violations)}");
        }
    }

    /// <summary>No violation mentions the fragment: the rule does not flag good code next to bad.</summary>
    public static void AssertNotReported(IReadOnlyList<string> violations, params string[] fragments)
    {
        foreach (var fragment in fragments)
        {
            var wrong = violations.Where(v => v.Contains(fragment, StringComparison.Ordinal)).ToList();
            Assert.True(wrong.Count == 0, $"Did not expect '{fragment}' to be reported:\n{string.Join('\n', wrong)}");
        }
    }
}
