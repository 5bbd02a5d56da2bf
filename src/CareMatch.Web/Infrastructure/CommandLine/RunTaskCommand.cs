using CareMatch.SharedKernel.Scheduling;

namespace CareMatch.Web.Infrastructure.CommandLine;

/// <summary>
/// <c>run-task &lt;id&gt;</c>: runs one scheduled task once, now, in this process, and exits: for an
/// operator who cannot wait for its schedule, and for the tests that kill a worker mid-run.
/// </summary>
public static class RunTaskCommand
{
    public const string Name = "run-task";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var tasks = scope.ServiceProvider.GetServices<IScheduledTask>().ToList();
        if (args.Length < 2 || tasks.FirstOrDefault(t => t.Id == args[1]) is not { } task)
        {
            await Console.Error.WriteLineAsync($"Usage: {Name} <id>, one of: {string.Join(", ", tasks.Select(t => t.Id).Order(StringComparer.Ordinal))}");
            return 2;
        }
        await task.RunAsync(cancellationToken);
        return 0;
    }
}
