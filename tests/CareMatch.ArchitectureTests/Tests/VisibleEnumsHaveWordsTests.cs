using CareMatch.ArchitectureTests.BadExamples.Words;
using CareMatch.ArchitectureTests.Rules;
using CareMatch.ArchitectureTests.Support;
using Xunit;

namespace CareMatch.ArchitectureTests.Tests;

public sealed class VisibleEnumsHaveWordsTests
{
    private readonly VisibleEnumsHaveWordsRule _rule = new();

    /// <summary>Every public enum in a contract can reach a page or an email, and so can the days of the week.</summary>
    private static IEnumerable<Type> VisibleEnums =>
        ProductAssemblies.Modules.SelectMany(m => m.Contracts.GetExportedTypes()).Where(t => t.IsEnum).Append(typeof(DayOfWeek));

    private static IEnumerable<Type> WebWords =>
        ProductAssemblies.Web.GetExportedTypes().Where(t => t is { IsAbstract: true, IsSealed: true, Namespace: "CareMatch.Web.Words" });

    [Fact]
    public void Every_visible_enum_value_has_words_in_one_place()
    {
        var enums = VisibleEnums.ToList();
        Assert.True(enums.Count >= 18, $"Only {enums.Count} enums found in the contracts: the discovery is broken.");
        Violations.AssertNone(_rule.Check(enums, WebWords));
    }

    [Fact]
    public void The_checked_in_visit_reads_in_plain_words() =>
        Assert.Equal("Checked in", CareMatch.Web.Words.BookingWords.Of(CareMatch.Bookings.Contracts.VisitStatus.CheckedIn));

    [Fact]
    public void Reports_missing_empty_and_identifier_words_and_a_second_source()
    {
        var badWords = typeof(BadVisitWords).Assembly.GetExportedTypes().Where(t => t.Namespace == typeof(BadVisitWords).Namespace && t is { IsAbstract: true, IsSealed: true });
        var violations = _rule.Check([typeof(BadVisitState), typeof(UnwordedKind), typeof(WellWordedKind)], badWords);

        Violations.AssertReported(violations,
            "BadVisitState.CheckedIn reads as its identifier \"CheckedIn\"",
            "BadVisitState.RunningLate has no words",
            "BadVisitState.Blank has empty words",
            "UnwordedKind has no words",
            "WellWordedKind has words in 2 places");
        Violations.AssertNotReported(violations, "BadVisitState.Booked");
    }

    [Fact]
    public void Good_words_are_not_reported()
    {
        var violations = _rule.Check([typeof(WellWordedKind)], [typeof(BadVisitWords)]);
        Violations.AssertNone(violations);
    }
}
