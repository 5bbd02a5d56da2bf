namespace CareMatch.ArchitectureTests.Support;

/// <summary>
/// The checkout the tests were built from, found by walking up from the output folder to the
/// solution file, so the project-file rules read the real src/ wherever the repo is cloned.
/// </summary>
internal static class RepositoryRoot
{
    private const string SolutionFile = "CareMatch.sln";

    private static readonly Lazy<DirectoryInfo> Root = new(Find);

    public static DirectoryInfo Directory => Root.Value;

    public static string PathTo(params string[] parts) => Path.Combine([Directory.FullName, .. parts]);

    private static DirectoryInfo Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFile))) return folder;
        }
        throw new InvalidOperationException($"No {SolutionFile} above {AppContext.BaseDirectory}.");
    }
}
