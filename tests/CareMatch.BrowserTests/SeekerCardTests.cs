using Microsoft.Playwright;

namespace CareMatch.BrowserTests;

/// <summary>A seeker saves a payment card (the test card, with no Stripe keys), sees it masked, and removes it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SeekerCardTests(BrowserApp app)
{
    private const string Password = "seeker card long passphrase";

    [Fact]
    public async Task A_seeker_saves_a_test_card_sees_only_its_last_four_digits_and_removes_it()
    {
        var email = PageActions.NewEmail("seeker");
        var seeker = await app.NewPageAsync();
        await seeker.RegisterAsync(PageActions.SeekerChoice, email, Password);
        await seeker.SignInAsync(email, Password);

        await seeker.GetByRole(AriaRole.Link, new() { Name = "Your payment card" }).ClickAsync();
        await Assertions.Expect(seeker.GetByTestId("test-payments")).ToContainTextAsync("Test payments: no real money moves");
        await Assertions.Expect(seeker.GetByTestId("saved-card")).ToHaveTextAsync("You have no card saved.");
        await seeker.AssertAccessibleAsync("seeker-card-none");

        await seeker.GetByRole(AriaRole.Button, new() { Name = "Add a card" }).ClickAsync();
        await seeker.AssertAccessibleAsync("seeker-card-test-page");
        await seeker.GetByRole(AriaRole.Button, new() { Name = "Save the test card ending 4242" }).ClickAsync();

        await Assertions.Expect(seeker.GetByText("Your card is saved.")).ToBeVisibleAsync();
        await Assertions.Expect(seeker.GetByTestId("saved-card")).ToContainTextAsync("Visa ending 4242, expires 12/");
        await seeker.AssertAccessibleAsync("seeker-card-saved");

        await seeker.GetByRole(AriaRole.Button, new() { Name = "Remove your card" }).ClickAsync();
        await Assertions.Expect(seeker.GetByTestId("saved-card")).ToHaveTextAsync("You have no card saved.");
    }
}
