using System.Reflection;
using CareMatch.ArchitectureTests.Support;

namespace CareMatch.ArchitectureTests.Rules;

/// <summary>
/// Only the web host uses Hangfire. Modules describe periodic work as IScheduledTask and the
/// host schedules it, so modules stay testable without a job server. Run this on every other
/// assembly.
/// </summary>
internal sealed class OnlyTheWebHostUsesHangfireRule
{
    public const string Owner = "CareMatch.Web";

    public IReadOnlyList<string> Check(Assembly assembly) =>
        ThirdPartyUsage.Find(assembly, "Hangfire", name => name.StartsWith("Hangfire", StringComparison.Ordinal),
            $"Only {Owner} may use Hangfire; modules register an IScheduledTask instead.");
}
