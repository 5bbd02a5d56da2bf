using Microsoft.Playwright;

namespace CareMatch.BrowserTests;

/// <summary>
/// A family acting for someone, in the browser: the poster invites an attorney by email, the
/// attorney signs up, accepts through the emailed link and sees the request with their role, the
/// request's history names who did what, and the poster ends the access. Each page passes axe.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FamilyAccessJourneyTests(BrowserApp app)
{
    [Fact]
    public async Task The_poster_invites_an_attorney_who_accepts_by_email_and_is_then_removed()
    {
        var (date, start, end) = app.VisitTomorrow();
        var seeker = await app.SeekerWithOneVisitAsync("PEG feeding", date, start, end);
        var requestPath = new Uri(seeker.Url).AbsolutePath;
        await seeker.GetByTestId("people-link").ClickAsync();
        await seeker.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        await Assertions.Expect(seeker.ErrorSummary()).ToContainTextAsync("Enter the name of the person you are inviting");
        await Assertions.Expect(seeker.ErrorSummary()).ToContainTextAsync("Choose their role");
        await seeker.AssertAccessibleAsync("people-errors");

        var janeEmail = PageActions.NewEmail("attorney");
        await seeker.GetByLabel("Your name").FillAsync("Sam Poster");
        await seeker.GetByLabel("Their name").FillAsync("Jane Smith");
        await seeker.GetByLabel("Their email address").FillAsync(janeEmail);
        await seeker.GetByLabel("Attorney", new() { Exact = true }).CheckAsync();
        await seeker.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        await Assertions.Expect(seeker.GetByTestId("people-done")).ToContainTextAsync("We have emailed Jane Smith an invitation");
        await seeker.AssertAccessibleAsync("people-invited");

        var invitation = await app.LatestEmailAsync(janeEmail, "invited you to help arrange care");
        var jane = await app.NewPageAsync();
        await jane.RegisterAsync(PageActions.SeekerChoice, janeEmail, OneVisitRequests.SeekerPassword);
        await jane.SignInAsync(janeEmail, OneVisitRequests.SeekerPassword);
        await jane.GotoAsync(invitation.Link.PathAndQuery);
        await Assertions.Expect(jane.GetByTestId("invitation-summary")).ToContainTextAsync("Sam Poster invited you to help arrange care for");
        await jane.AssertAccessibleAsync("invitation");
        await jane.GetByRole(AriaRole.Button, new() { Name = "Accept the invitation" }).ClickAsync();
        await Assertions.Expect(jane.GetByTestId("you-act-as")).ToContainTextAsync("You help with it as attorney");
        await Assertions.Expect(jane.GetByTestId("history-entry").First).ToContainTextAsync("Accepted the invitation as attorney");
        await jane.AssertAccessibleAsync("request-as-attorney");

        await seeker.GotoAsync(requestPath);
        await Assertions.Expect(seeker.GetByTestId("request-history")).ToContainTextAsync("Jane Smith (attorney)");
        await seeker.GetByTestId("people-link").ClickAsync();
        await seeker.GetByRole(AriaRole.Button, new() { Name = "End access for Jane Smith" }).ClickAsync();
        await Assertions.Expect(seeker.GetByTestId("people")).ToContainTextAsync("Access ended");

        var gone = await jane.GotoAsync(requestPath);
        Assert.Equal(404, gone!.Status);
    }
}
