using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace CareMatch.BrowserTests;

/// <summary>
/// A carer completes a profile with availability and uploads evidence, getting the wrong answers
/// wrong first; an admin verifies it; a seeker then sees the carer as bookable, without their postcode.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class CarerProfileTests(BrowserApp app)
{
    private const string Password = "carer long passphrase";

    [Fact]
    public async Task A_carer_completes_a_profile_an_admin_verifies_it_and_a_seeker_sees_them_as_bookable()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var carerEmail = PageActions.NewEmail("carer");
        var carer = await app.NewPageAsync();
        await carer.RegisterAsync(PageActions.CarerChoice, carerEmail, Password);
        await carer.SignInAsync(carerEmail, Password);
        await Assertions.Expect(carer).ToHaveURLAsync(PageActions.At("/Carer"));
        await carer.ReloadUntilAsync(carer.GetByTestId("carer-profile-status"), "Not bookable yet");
        await carer.AssertAccessibleAsync("carer-profile-home-draft");

        // Name and home.
        await carer.GetByRole(AriaRole.Link, new() { Name = "Add your name and home postcode" }).ClickAsync();
        await carer.GetByLabel("The name seekers will see").FillAsync("Ayesha B.");
        await carer.GetByLabel("Your home postcode").FillAsync("ls6 2ab");
        await carer.SaveCarerFormAsync();

        // The care given, wrong first: a radius of 0 and a rate of 0.
        await carer.GetByRole(AriaRole.Link, new() { Name = "The care you give, how far you travel and your rate" }).ClickAsync();
        await carer.GetByLabel("About you").FillAsync("I have cared for older people at home for eight years.");
        await carer.GetByLabel("Personal care").CheckAsync();
        await carer.GetByLabel("Dementia care").CheckAsync();
        await carer.GetByLabel("Hoist, moving and handling").CheckAsync();
        await carer.GetByLabel("Languages you speak").FillAsync("English, Urdu");
        await carer.GetByLabel("Female", new() { Exact = true }).CheckAsync();
        await carer.GetByLabel("I drive and have a car I can use for work").CheckAsync();
        await carer.GetByLabel("How far will you travel from home, in kilometres?").FillAsync("0");
        await carer.GetByLabel("Your hourly rate, in pounds").FillAsync("0");
        await carer.SaveCarerFormAsync();
        await Assertions.Expect(carer.ErrorSummary()).ToContainTextAsync("How far you will travel must be between 1 and 100 km");
        await Assertions.Expect(carer.ErrorSummary()).ToContainTextAsync("Your hourly rate must be more than £0");
        await Assertions.Expect(carer.GetByLabel("Personal care")).ToBeCheckedAsync();
        await carer.AssertAccessibleAsync("carer-profile-details-errors");
        await carer.GetByLabel("How far will you travel from home, in kilometres?").FillAsync("12");
        await carer.GetByLabel("Your hourly rate, in pounds").FillAsync("17.50");
        await carer.SaveCarerFormAsync();
        await Assertions.Expect(carer).ToHaveURLAsync(PageActions.At("/Carer"));

        // When they work, wrong first: two Monday slots that overlap.
        await carer.GetByRole(AriaRole.Link, new() { Name = "When you work" }).ClickAsync();
        await carer.AssertAccessibleAsync("carer-profile-availability");
        await carer.FillWeeklySlotAsync(1, "Monday", "09:00", "13:00");
        await carer.FillWeeklySlotAsync(2, "Monday", "12:00", "15:00");
        await carer.GetByRole(AriaRole.Group, new() { Name = "First day off" }).First.FillCarerDateAsync(today.AddDays(40));
        await carer.GetByRole(AriaRole.Group, new() { Name = "Last day off" }).First.FillCarerDateAsync(today.AddDays(47));
        await carer.SaveCarerFormAsync();
        await Assertions.Expect(carer.ErrorSummary()).ToContainTextAsync("This slot overlaps your Monday 09:00 to 13:00 slot");
        await carer.AssertAccessibleAsync("carer-profile-availability-errors");
        await carer.FillWeeklySlotAsync(2, "Wednesday", "12:00", "15:00");
        await carer.SaveCarerFormAsync();
        await Assertions.Expect(carer).ToHaveURLAsync(PageActions.At("/Carer"));

        // A photo, wrong first: a program renamed .jpg.
        await carer.GetByRole(AriaRole.Link, new() { Name = "Your photo" }).ClickAsync();
        await carer.GetByLabel("Upload a photo").SetInputFilesAsync(CarerProfileActions.ExecutableNamedJpg());
        await carer.GetByRole(AriaRole.Button, new() { Name = "Upload photo" }).ClickAsync();
        await Assertions.Expect(carer.ErrorSummary()).ToContainTextAsync("The file must be a JPEG or PNG");
        await carer.AssertAccessibleAsync("carer-profile-photo-error");
        await carer.GetByLabel("Upload a photo").SetInputFilesAsync(CarerProfileActions.Png("me.png"));
        await carer.GetByRole(AriaRole.Button, new() { Name = "Upload photo" }).ClickAsync();
        await Assertions.Expect(carer).ToHaveURLAsync(PageActions.At("/Carer"));

        // How they are paid: without Stripe keys, the test onboarding.
        await carer.SetUpTestPayoutsAsync(screenshotsAs: "carer-payouts");

        // The five checks, each with evidence.
        await carer.GotoAsync("/Carer/Credentials");
        await carer.AssertAccessibleAsync("carer-profile-checks-empty");
        await carer.SendCheckAsync("Enhanced DBS check", async page =>
        {
            await page.GetByLabel("Certificate number").FillAsync("001234567890");
            await page.GetByRole(AriaRole.Group, new() { Name = "Date of issue" }).FillCarerDateAsync(today.AddMonths(-8));
            await page.GetByLabel("This certificate is on the DBS update service").CheckAsync();
            await page.AssertAccessibleAsync("carer-profile-check-dbs");
        });
        await carer.SendCheckAsync("Right to work", _ => Task.CompletedTask);
        await carer.SendCheckAsync("Public liability insurance", page =>
            page.GetByRole(AriaRole.Group, new() { Name = "When does your cover end?" }).FillCarerDateAsync(today.AddMonths(10)));
        await carer.SendCheckAsync("First reference", page => page.GetByLabel("Who gave the reference?").FillAsync("Pat Jones"));
        await carer.SendCheckAsync("Second reference", page => page.GetByLabel("Who gave the reference?").FillAsync("Chris Lee"));
        await Assertions.Expect(carer.GetByTestId("credentials").GetByText("Waiting for checks")).ToHaveCountAsync(5);
        await carer.AssertAccessibleAsync("carer-profile-checks-sent");

        // The admin verifies every check.
        var admin = await app.NewPageAsync();
        await admin.SignInAsync(app.AdminEmail, app.AdminPassword);
        await admin.GetByRole(AriaRole.Link, new() { Name = "Verify carers' checks" }).ClickAsync();
        await admin.AssertAccessibleAsync("carer-profile-admin-list");
        await admin.GetByRole(AriaRole.Row).Filter(new() { HasText = carerEmail }).GetByRole(AriaRole.Link, new() { Name = "Ayesha B." }).ClickAsync();
        await Assertions.Expect(admin.GetByTestId("home-postcode")).ToHaveTextAsync("LS6 2AB");
        await admin.AssertAccessibleAsync("carer-profile-admin-review");
        var profileId = ProfileIdIn().Match(admin.Url).Groups[1].Value;

        await admin.GetByRole(AriaRole.Link, new() { Name = "Reject Right to work" }).ClickAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Reject" }).ClickAsync();
        await Assertions.Expect(admin.ErrorSummary()).ToContainTextAsync("Enter the reason, so the carer knows what to fix");
        await admin.AssertAccessibleAsync("carer-profile-admin-reject-error");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Back to the carer" }).ClickAsync();

        foreach (var check in new[] { "Enhanced DBS check", "Right to work", "Public liability insurance", "First reference", "Second reference" })
        {
            await admin.GetByRole(AriaRole.Button, new() { Name = $"Verify {check}" }).ClickAsync();
            await Assertions.Expect(admin.GetByTestId($"review-{KindOf(check)}")).ToContainTextAsync("Verified");
        }
        await Assertions.Expect(admin.GetByTestId("carer-bookable")).ToContainTextAsync("Bookable");
        await admin.AssertAccessibleAsync("carer-profile-admin-verified");

        // The carer is told, and a seeker sees them as bookable, with their area but not their postcode.
        await carer.GotoAsync("/Carer");
        await Assertions.Expect(carer.GetByTestId("carer-profile-status")).ToContainTextAsync("Bookable");
        await carer.AssertAccessibleAsync("carer-profile-home-bookable");

        var seekerEmail = PageActions.NewEmail("seeker");
        var seeker = await app.NewPageAsync();
        await seeker.RegisterAsync(PageActions.SeekerChoice, seekerEmail, Password);
        await seeker.SignInAsync(seekerEmail, Password);
        await seeker.GotoAsync($"/Carers/{profileId}");
        await Assertions.Expect(seeker.GetByTestId("carer-name")).ToHaveTextAsync("Ayesha B.");
        await Assertions.Expect(seeker.GetByTestId("carer-bookable")).ToContainTextAsync("Verified and bookable");
        await Assertions.Expect(seeker.GetByTestId("carer-sector")).ToContainTextAsync("LS6 2");
        await Assertions.Expect(seeker.GetByTestId("carer-rate")).ToHaveTextAsync("£17.50");
        await Assertions.Expect(seeker.GetByTestId("carer-slots")).ToContainTextAsync("Monday, 9am to 1pm");
        // Visible text, not raw HTML: an antiforgery token is random base64 and can contain "2AB".
        Assert.DoesNotContain("2AB", await seeker.Locator("body").InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"LS6\s*2AB", await seeker.ContentAsync());
        await seeker.AssertAccessibleAsync("carer-profile-public");
    }

    private static string KindOf(string check) => check switch
    {
        "Enhanced DBS check" => "EnhancedDbs",
        "Right to work" => "RightToWork",
        "Public liability insurance" => "PublicLiabilityInsurance",
        "First reference" => "FirstReference",
        _ => "SecondReference",
    };

    [GeneratedRegex("/Admin/Carers/Review/([0-9a-f-]{36})")]
    private static partial Regex ProfileIdIn();
}
