using Microsoft.Playwright;

namespace CareMatch.BrowserTests;

/// <summary>
/// A verified carer with a skill no other browser test uses; a seeker's request needing it
/// shows that carer first with "why this carer", and the carer sees it in "jobs for you" with
/// "why this job" and as a job alert; a request nobody can reach shows the reasons.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ShortlistTests(BrowserApp app)
{
    private const string Password = "shortlist long passphrase";
    private const string CarerName = "Priya PEG";

    [Fact]
    public async Task A_seekers_request_shows_the_expected_carer_first_with_its_reasons()
    {
        var carer = await app.VerifiedCarerAsync(CarerName, "PEG feeding", [("Monday", "08:00", "12:00"), ("Thursday", "08:00", "12:00")]);

        var seeker = await app.NewPageAsync();
        var seekerEmail = PageActions.NewEmail("seeker");
        await seeker.RegisterAsync(PageActions.SeekerChoice, seekerEmail, Password);
        await seeker.SignInAsync(seekerEmail, Password);
        await seeker.GotoAsync("/Seeker/Requests/New");
        await seeker.FillWeeklyRequestAsync(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7));
        await seeker.GetByRole(AriaRole.Group, new() { Name = "Skills the carer must have (optional)" }).GetByLabel("PEG feeding").CheckAsync();
        await seeker.GetByRole(AriaRole.Button, new() { Name = "Publish request" }).ClickAsync();
        await Assertions.Expect(seeker.GetByTestId("request-status")).ToHaveTextAsync("Published");
        var requestId = new Uri(seeker.Url).Segments[^1];

        await seeker.GetByRole(AriaRole.Link, new() { Name = "See carers for this request" }).ClickAsync();
        // The carer reaches the index through an event the job server publishes, so give it a moment.
        await seeker.ReloadUntilAsync(seeker.GetByRole(AriaRole.Main), CarerName);
        var first = seeker.GetByTestId("shortlisted-carer").First;
        await Assertions.Expect(first.GetByTestId("carer-link")).ToHaveTextAsync($"1. {CarerName}");
        await first.GetByText($"Why {CarerName}").ClickAsync();
        await Assertions.Expect(first.GetByTestId("why-this-carer")).ToContainTextAsync("Distance");
        await Assertions.Expect(first.GetByTestId("why-this-carer")).ToContainTextAsync("No reviews yet");
        await seeker.AssertAccessibleAsync("shortlist");

        await first.GetByTestId("carer-link").ClickAsync();
        await Assertions.Expect(seeker.GetByTestId("carer-name")).ToHaveTextAsync(CarerName);

        // The same request in the carer's "jobs for you", ranked by the same engine.
        await carer.GotoAsync("/Carer");
        await carer.GetByRole(AriaRole.Link, new() { Name = "Jobs for you" }).ClickAsync();
        // Open requests are read as they are and the carer is already indexed (they were just shortlisted), so no wait.
        var job = carer.Locator($"[data-testid='job'][data-request-id='{requestId}']");
        await Assertions.Expect(job).ToHaveCountAsync(1);
        await Assertions.Expect(job.GetByTestId("job-link")).ToContainTextAsync("Personal care");
        await job.GetByText("Why this job").ClickAsync();
        await Assertions.Expect(job.GetByTestId("why-this-job")).ToContainTextAsync("Distance");
        await carer.AssertAccessibleAsync("jobs-for-you");
        await job.GetByTestId("job-link").ClickAsync();
        await Assertions.Expect(carer).ToHaveURLAsync(PageActions.At($"/Jobs/{requestId}"));

        // As the best-ranked carer, they were also told in the app when the request opened.
        await carer.GotoAsync("/Carer");
        await carer.ReloadUntilAsync(carer.GetByRole(AriaRole.Main), "New jobs");
        await carer.AssertAccessibleAsync("carer-home-job-alert");
        await carer.GetByRole(AriaRole.Link, new() { Name = "See your job alerts" }).ClickAsync();
        var alert = carer.Locator($"[data-testid='job-alert'][data-request-id='{requestId}']");
        await Assertions.Expect(alert).ToContainTextAsync("New");
        await carer.AssertAccessibleAsync("job-alerts");
        await carer.GetByRole(AriaRole.Button, new() { Name = "Mark all as read" }).ClickAsync();
        await Assertions.Expect(alert).Not.ToContainTextAsync("New");

        // Far from every carer: the reasons, not an error.
        await seeker.GotoAsync("/Seeker/Requests/New");
        await seeker.FillWeeklyRequestAsync(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7));
        await seeker.GetByLabel("Postcode").FillAsync("IV2 3AA");
        await seeker.GetByRole(AriaRole.Button, new() { Name = "Publish request" }).ClickAsync();
        await seeker.GetByRole(AriaRole.Link, new() { Name = "See carers for this request" }).ClickAsync();
        await Assertions.Expect(seeker.GetByTestId("shortlist-empty")).ToContainTextAsync("No carer matches this request yet");
        await Assertions.Expect(seeker.GetByTestId("filter-summary")).ToContainTextAsync("No carers live within reach");
        await seeker.AssertAccessibleAsync("shortlist-empty");
    }

}
