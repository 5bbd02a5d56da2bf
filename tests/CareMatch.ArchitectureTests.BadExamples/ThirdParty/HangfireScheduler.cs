using Hangfire;

namespace CareMatch.ArchitectureTests.BadExamples.ThirdParty;

/// <summary>Bad outside the web host: schedules its own background job.</summary>
internal static class HangfireScheduler
{
    public static string RemindLater(IBackgroundJobClient jobs) =>
        jobs.Enqueue(() => Console.WriteLine("reminder"));
}
