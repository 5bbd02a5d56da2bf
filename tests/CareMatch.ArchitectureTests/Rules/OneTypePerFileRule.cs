using System.Text.RegularExpressions;

namespace CareMatch.ArchitectureTests.Rules;

/// <summary>
/// A type lives in a file of its own name, so the next engineer finds OfferRules in
/// OfferRules.cs and not inside a handler's file. Read from the source, because the compiled
/// assembly no longer knows which file a type came from. A Razor page's model lives in its
/// page's .cshtml.cs (the framework's convention), `file`-scoped helpers may sit beside the one
/// type they serve, and Foo and Foo&lt;T&gt; may share Foo.cs.
/// </summary>
internal sealed partial class OneTypePerFileRule
{
    public IReadOnlyList<string> Check(string folder)
    {
        var violations = new List<string>();
        foreach (var path in SourceFiles(folder))
        {
            var expected = Path.GetFileNameWithoutExtension(path);
            var declared = TopLevelTypes(File.ReadAllText(path)).Distinct(StringComparer.Ordinal).ToList();
            var strangers = declared.Where(name => name != expected).ToList();
            if (strangers.Count == 0) continue;
            violations.Add($"{Path.GetRelativePath(folder, path)} declares {string.Join(", ", strangers)}; give each its own file.");
        }
        return violations.Order(StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<string> SourceFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.EndsWith(".cshtml.cs", StringComparison.Ordinal))
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "obj" or "bin" or "Migrations"));

    /// <summary>Declarations at the start of a line: with file-scoped namespaces, nested types are indented.</summary>
    private static IEnumerable<string> TopLevelTypes(string source) =>
        TopLevelDeclaration().Matches(source).Select(match => match.Groups["name"].Value);

    [GeneratedRegex(@"^(?:(?:public|internal|sealed|static|abstract|partial|readonly|ref)\s+)*(?:class|record|struct|interface|enum)\s+(?:(?:class|struct)\s+)?(?<name>[A-Z]\w*)", RegexOptions.Multiline)]
    private static partial Regex TopLevelDeclaration();
}
