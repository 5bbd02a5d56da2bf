namespace CareMatch.ArchitectureTests.Support;

/// <summary>
/// The modules as the source tree lays them out: one folder per module under src/Modules. The
/// project-file rules use these names, so a new module's projects are checked as soon as they exist.
/// </summary>
internal static class SourceModules
{
    public static IReadOnlyList<string> Names() =>
        Directory.EnumerateDirectories(RepositoryRoot.PathTo("src", "Modules"))
            .Select(Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .ToList();
}
