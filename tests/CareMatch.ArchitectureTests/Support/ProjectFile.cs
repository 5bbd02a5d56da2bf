using System.Xml.Linq;

namespace CareMatch.ArchitectureTests.Support;

/// <summary>
/// What a project file asks for: the projects, packages and shared frameworks it references.
/// Read as XML, not evaluated, so a rule sees exactly what someone wrote in the file.
/// </summary>
internal sealed record ProjectFile(
    string Name,
    string Path,
    IReadOnlyList<string> ProjectReferences,
    IReadOnlyList<string> PackageReferences,
    IReadOnlyList<string> FrameworkReferences)
{
    private const string Extension = ".csproj";

    /// <summary>
    /// The project's name is its file name up to ".csproj", so a bad example saved as
    /// <c>CareMatch.Bookings.csproj.txt</c> (not built by anything) reads as CareMatch.Bookings.
    /// </summary>
    public static ProjectFile Load(string path)
    {
        var fileName = System.IO.Path.GetFileName(path);
        var end = fileName.IndexOf(Extension, StringComparison.OrdinalIgnoreCase);
        if (end < 0) throw new ArgumentException($"{path} is not a project file.", nameof(path));

        var items = XDocument.Load(path).Descendants().ToList();
        return new ProjectFile(
            fileName[..end],
            path,
            Includes(items, "ProjectReference").Select(ProjectNameOf).ToList(),
            Includes(items, "PackageReference").ToList(),
            Includes(items, "FrameworkReference").ToList());
    }

    /// <summary>Every project file under src/ of this checkout.</summary>
    public static IReadOnlyList<ProjectFile> AllUnderSrc() =>
        Directory.EnumerateFiles(RepositoryRoot.PathTo("src"), "*" + Extension, SearchOption.AllDirectories)
            .Where(p => !IsBuildOutput(p))
            .Order(StringComparer.Ordinal)
            .Select(Load)
            .ToList();

    private static IEnumerable<string> Includes(IEnumerable<XElement> items, string itemName) =>
        items.Where(e => e.Name.LocalName == itemName)
            .Select(e => (string?)e.Attribute("Include"))
            .OfType<string>();

    /// <summary>"../../Accounts/CareMatch.Accounts.Contracts/CareMatch.Accounts.Contracts.csproj" names CareMatch.Accounts.Contracts.</summary>
    private static string ProjectNameOf(string include) =>
        System.IO.Path.GetFileNameWithoutExtension(include.Replace('\\', '/'));

    private static bool IsBuildOutput(string path) =>
        path.Split(System.IO.Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj");
}
