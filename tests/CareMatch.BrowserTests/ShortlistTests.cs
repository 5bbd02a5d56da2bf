using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace CareMatch.BrowserTests;

/// <summary>
/// A verified carer with a skill no other browser test uses; a seeker's request needing it
/// shows that carer first with "why this carer", and the carer sees it in "jobs for you" with
/// "why this job"; a request nobody can reach shows the reasons.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ShortlistTests(BrowserApp app)
{
    private const string Password = "shortlist long passphrase";
    private const string CarerName = "Priya PEG";

    [Fact]
    public async Task A_seekers_request_shows_the_expected_carer_first_with_its_reasons()
    {
        var carer = await VerifiedCarerAsync();

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
        await Assertions.Expect(carer).ToHaveURLAsync(PageActions.At($"/CareRequests/{requestId}"));

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

    /// <summary>Profile, checks and an admin's verification, the shortest way through the pages.</summary>
    private async Task<IPage> VerifiedCarerAsync()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var carerEmail = PageActions.NewEmail("carer");
        var carer = await app.NewPageAsync();
        await carer.RegisterAsync(PageActions.CarerChoice, carerEmail, Password);
        await carer.SignInAsync(carerEmail, Password);
        await carer.ReloadUntilAsync(carer.GetByTestId("carer-profile-status"), "Not bookable yet");

        await carer.GetByRole(AriaRole.Link, new() { Name = "Add your name and home postcode" }).ClickAsync();
        await carer.GetByLabel("The name seekers will see").FillAsync(CarerName);
        await carer.GetByLabel("Your home postcode").FillAsync("LS6 2AB");
        await carer.SaveCarerFormAsync();

        await carer.GetByRole(AriaRole.Link, new() { Name = "The care you give, how far you travel and your rate" }).ClickAsync();
        await carer.GetByLabel("Personal care").CheckAsync();
        await carer.GetByLabel("Companionship").CheckAsync();
        await carer.GetByLabel("PEG feeding").CheckAsync();
        await carer.GetByLabel("Languages you speak").FillAsync("English");
        await carer.GetByLabel("Female", new() { Exact = true }).CheckAsync();
        await carer.GetByLabel("How far will you travel from home, in kilometres?").FillAsync("15");
        await carer.GetByLabel("Your hourly rate, in pounds").FillAsync("19");
        await carer.SaveCarerFormAsync();
        await Assertions.Expect(carer).ToHaveURLAsync(PageActions.At("/Carer"));

        await carer.GetByRole(AriaRole.Link, new() { Name = "When you work" }).ClickAsync();
        await carer.FillWeeklySlotAsync(1, "Monday", "08:00", "12:00");
        await carer.FillWeeklySlotAsync(2, "Thursday", "08:00", "12:00");
        await carer.SaveCarerFormAsync();
        await Assertions.Expect(carer).ToHaveURLAsync(PageActions.At("/Carer"));

        await carer.SendCheckAsync("Enhanced DBS check", async page =>
        {
            await page.GetByLabel("Certificate number").FillAsync("001234567890");
            await page.GetByRole(AriaRole.Group, new() { Name = "Date of issue" }).FillCarerDateAsync(today.AddMonths(-8));
            await page.GetByLabel("This certificate is on the DBS update service").CheckAsync();
        });
        await carer.SendCheckAsync("Right to work", _ => Task.CompletedTask);
        await carer.SendCheckAsync("Public liability insurance", page =>
            page.GetByRole(AriaRole.Group, new() { Name = "When does your cover end?" }).FillCarerDateAsync(today.AddMonths(10)));
        await carer.SendCheckAsync("First reference", page => page.GetByLabel("Who gave the reference?").FillAsync("Pat Jones"));
        await carer.SendCheckAsync("Second reference", page => page.GetByLabel("Who gave the reference?").FillAsync("Chris Lee"));

        var admin = await app.NewPageAsync();
        await admin.SignInAsync(app.AdminEmail, app.AdminPassword);
        await admin.GetByRole(AriaRole.Link, new() { Name = "Verify carers' checks" }).ClickAsync();
        await admin.GetByRole(AriaRole.Row).Filter(new() { HasText = carerEmail }).GetByRole(AriaRole.Link, new() { Name = CarerName }).ClickAsync();
        Assert.Matches(ReviewPage(), admin.Url);
        foreach (var check in new[] { "Enhanced DBS check", "Right to work", "Public liability insurance", "First reference", "Second reference" })
        {
            await admin.GetByRole(AriaRole.Button, new() { Name = $"Verify {check}" }).ClickAsync();
            await Assertions.Expect(admin.GetByRole(AriaRole.Button, new() { Name = $"Verify {check}" })).ToHaveCountAsync(0);
        }
        await Assertions.Expect(admin.GetByTestId("carer-bookable")).ToContainTextAsync("Bookable");
        return carer;
    }

    [GeneratedRegex("/Admin/Carers/Review/[0-9a-f-]{36}")]
    private static partial Regex ReviewPage();
}
