using System.Text.RegularExpressions;
using CareMatch.ArchitectureTests.Support;
using Xunit;

namespace CareMatch.ArchitectureTests.Tests;

/// <summary>
/// Every tag a person sees is drawn by &lt;govuk-status-tag&gt; from StatusTags, so a status has one
/// colour and one set of words; a page that writes class="govuk-tag" itself has made its own.
/// </summary>
public sealed partial class OneStatusTagTests
{
    [Fact]
    public void No_page_writes_its_own_GOV_UK_tag()
    {
        var pages = RepositoryRoot.PathTo("src", "CareMatch.Web", "Pages");
        var homeMade = Directory.EnumerateFiles(pages, "*.cshtml", SearchOption.AllDirectories)
            .SelectMany(path => File.ReadLines(path).Select((line, index) => (path, line, index)))
            .Where(l => HandWrittenTag().IsMatch(l.line))
            .Select(l => $"{Path.GetRelativePath(pages, l.path)}:{l.index + 1} writes a govuk-tag itself; use <govuk-status-tag status=\"@StatusTags…\" />")
            .ToList();

        Violations.AssertNone(homeMade);
    }

    [Fact]
    public void Finds_a_hand_written_tag() =>
        Assert.Matches(HandWrittenTag(), "<strong class=\"govuk-tag govuk-tag--green\">Bookable</strong>");

    [GeneratedRegex("class=\"[^\"]*\\bgovuk-tag\\b")]
    private static partial Regex HandWrittenTag();
}
