using System.Reflection;

namespace CareMatch.ArchitectureTests.Rules;

/// <summary>
/// CareMatch.Matching.Engine references nothing but the base class library: no EF, ASP.NET,
/// mediator, Stripe or Hangfire, so it stays a pure, deterministic function that is cheap to
/// test and benchmark. "The BCL" is whatever ships in the Microsoft.NETCore.App shared framework
/// this test runs on (the folder System.Private.CoreLib was loaded from).
/// </summary>
internal sealed class MatchingEngineUsesOnlyTheBclRule
{
    private static readonly string BclFolder = Path.GetDirectoryName(typeof(object).Assembly.Location)!;

    public IReadOnlyList<string> Check(Assembly engine) =>
        engine.GetReferencedAssemblies()
            .Where(r => !File.Exists(Path.Combine(BclFolder, r.Name + ".dll")))
            .Select(r => $"{engine.GetName().Name} references {r.Name}, which is not part of the base class library.")
            .ToList();
}
