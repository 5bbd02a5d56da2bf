using Microsoft.Playwright;

namespace CareMatch.BrowserTests;

/// <summary>What an admin does in the scheduled tasks dashboard (Hangfire's): run tasks now instead of at their time.</summary>
public static class AdminActions
{
    /// <summary>Ticks the tasks in the recurring list and presses "Trigger now"; returns once the dashboard took the request.</summary>
    public static async Task RunScheduledTasksNowAsync(this IPage admin, params string[] taskIds)
    {
        await admin.GotoAsync("/admin/scheduled-tasks/recurring");
        foreach (var taskId in taskIds) await admin.Locator($"input[type=checkbox][value='{taskId}']").CheckAsync();
        await admin.RunAndWaitForResponseAsync(
            () => admin.GetByRole(AriaRole.Button, new() { Name = "Trigger now" }).ClickAsync(),
            response => response.Url.Contains("/recurring/trigger", StringComparison.Ordinal) && response.Ok);
    }

    /// <summary>
    /// Runs the tasks now, again once they and what they set going have finished, until
    /// <paramref name="element"/> on the watched person's page says <paramref name="text"/>: a task
    /// that needs another's work first (the outbox bringing news of a booking) gets it on a later
    /// round, as the schedule would.
    /// </summary>
    public static async Task RunScheduledTasksUntilAsync(this IPage admin, IPage watched, ILocator element, string text, params string[] taskIds)
    {
        var app = BrowserApp.Of(admin);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            await admin.RunScheduledTasksNowAsync(taskIds);
            await app.BackgroundJobsDoneAsync();
            await watched.ReloadAsync();
            if ((await element.CountAsync()) > 0 && (await element.InnerTextAsync()).Contains(text, StringComparison.Ordinal)) return;
            if (DateTime.UtcNow > deadline) break;
        }
        await Assertions.Expect(element).ToContainTextAsync(text);
    }
}
