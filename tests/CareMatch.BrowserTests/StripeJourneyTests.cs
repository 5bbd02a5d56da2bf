using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace CareMatch.BrowserTests;

/// <summary>
/// Money through the fake Stripe, in the browser: a carer onboards on Stripe's page and a seeker
/// saves a card on Stripe's page; a visit is authorised, given, approved and captured, and the
/// carer sees the transfer and its payout date. A seeker funded by the council has a visit drawn
/// on the budget; the council's invoice for the month is issued at Stripe and paid there. An admin
/// runs the money tasks now from the scheduled tasks dashboard instead of waiting for their time.
/// Every money page passes the axe check.
/// </summary>
[Collection(StripeBrowserCollection.Name)]
public sealed partial class StripeJourneyTests(StripeBrowserApp app)
{
    /// <summary>The outbox brings Payments news of bookings and visits; the visit-money task secures and takes payments.</summary>
    private static readonly string[] MoneyTasks = ["outbox-drain", "payments-visit-money"];

    [Fact]
    public async Task Onboarding_and_card_at_Stripe_a_visit_captured_and_paid_and_a_funded_visit_invoiced_to_the_council()
    {
        var (date, start, end) = app.VisitTomorrow();
        var carer = await app.VerifiedCarerAsync("Stella Stripe", "Stoma care", [(date.DayOfWeek.ToString(), "00:00", "23:59")]);
        var admin = await app.NewPageAsync();
        await admin.SignInAsync(app.AdminEmail, app.AdminPassword);

        var seeker = await app.SeekerWithOneVisitAsync("Stoma care", date, start, end);
        var requestPage = seeker.Url;
        await SaveCardAtStripeAsync(seeker);
        await seeker.GotoAsync(requestPage);
        await InviteAndAcceptAsync(seeker, carer);
        await GiveTheVisitAsync(admin, carer, seeker, "seeker");

        await carer.GotoAsync("/Carer/Earnings");
        await admin.RunScheduledTasksUntilAsync(carer, carer.GetByTestId("earning").First, "Paid", MoneyTasks);
        await Assertions.Expect(carer.GetByTestId("test-payments")).ToHaveCountAsync(0);
        await carer.AssertAccessibleAsync("stripe-carer-earnings");
        await carer.GetByTestId("earning").First.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("statement") }).ClickAsync();
        await Assertions.Expect(carer.GetByTestId("statement-in-bank")).ToHaveTextAsync(BankDay());
        await carer.AssertAccessibleAsync("stripe-carer-statement");
        var transfer = Assert.Single(app.Stripe!.Change(() => app.Stripe.Objects.All("transfer").ToList()));
        Assert.NotNull((string?)transfer["source_transaction"]);
        await seeker.GotoAsync("/Seeker/Payments");
        await Assertions.Expect(seeker.GetByTestId("payment").First).ToContainTextAsync("Paid");
        await seeker.AssertAccessibleAsync("stripe-seeker-payments");

        await AFundedVisitInvoicedToTheCouncilAsync(admin, carer, date);
    }

    private async Task AFundedVisitInvoicedToTheCouncilAsync(IPage admin, IPage carer, DateOnly date)
    {
        var (commissioner, commissionerEmail) = await app.CommissionerOfNewCouncilAsync();
        var fundedEmail = PageActions.NewEmail("funded");
        var funded = await app.SeekerWithOneVisitAsync("Stoma care", date, "12:00", "13:00", fundedEmail);
        var requestPage = funded.Url;
        await commissioner.OfferABudgetThatIsAgreedAsync(funded, fundedEmail, "LCC-STRIPE-1");
        await funded.GotoAsync(requestPage);
        await InviteAndAcceptAsync(funded, carer);
        await GiveTheVisitAsync(admin, carer, funded, "funded");

        await funded.GotoAsync("/Seeker/Payments");
        await admin.RunScheduledTasksUntilAsync(funded, funded.GetByTestId("payment").First, "Paid", MoneyTasks);
        await Assertions.Expect(funded.GetByTestId("paid-by-budget")).ToContainTextAsync("Nothing is taken from your card");
        await funded.AssertAccessibleAsync("stripe-funded-payments");
        await commissioner.GotoAsync("/Commissioner/Budgets");
        await Assertions.Expect(commissioner.GetByTestId("budget-spent")).Not.ToHaveTextAsync("£0");
        var spent = (await commissioner.GetByTestId("budget-spent").InnerTextAsync()).Trim();

        // The 1st of next month, 6am: the admin draws up the month's invoices now.
        var firstOfNextMonth = new DateOnly(date.Year, date.Month, 1).AddMonths(1);
        var sixAm = new DateTimeOffset(firstOfNextMonth.ToDateTime(new TimeOnly(6, 0)), TimeZoneInfo.FindSystemTimeZoneById("Europe/London").GetUtcOffset(firstOfNextMonth.ToDateTime(new TimeOnly(6, 0))));
        app.Clock.MoveOn(sixAm - app.Clock.GetUtcNow());
        admin = await app.NewPageAsync();
        await admin.SignInAsync(app.AdminEmail, app.AdminPassword);
        commissioner = await app.NewPageAsync();
        await commissioner.SignInAsync(commissionerEmail, Councils.CommissionerPassword);
        await commissioner.GotoAsync("/Commissioner/Budgets/Invoices");
        await admin.RunScheduledTasksUntilAsync(commissioner, commissioner.GetByTestId("invoice-payment"), "Pay at Stripe", "payments-council-invoices");
        await Assertions.Expect(commissioner.GetByTestId("invoice-total")).ToHaveTextAsync(spent);
        await Assertions.Expect(commissioner.GetByTestId("test-payments")).ToHaveCountAsync(0);
        await commissioner.AssertAccessibleAsync("stripe-council-invoice-to-pay");
        await commissioner.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Pay at Stripe") }).ClickAsync();
        await Assertions.Expect(commissioner.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Fake Stripe: invoice CM-");
        await commissioner.GetByRole(AriaRole.Button, new() { Name = "Pay this invoice" }).ClickAsync();
        await Assertions.Expect(commissioner.GetByText("This invoice is paid.")).ToBeVisibleAsync();
        await commissioner.GotoAsync($"{app.BaseUrl}/Commissioner/Budgets/Invoices");
        await commissioner.ReloadUntilAsync(commissioner.GetByTestId("invoice-payment"), "Paid on");
        await commissioner.AssertAccessibleAsync("stripe-council-invoice-paid");
    }

    /// <summary>Adds a card on the fake Stripe's Checkout page, which sends the seeker back to see it saved.</summary>
    private static async Task SaveCardAtStripeAsync(IPage seeker)
    {
        await seeker.GotoAsync("/Seeker/Card");
        await Assertions.Expect(seeker.GetByTestId("test-payments")).ToHaveCountAsync(0);
        await seeker.GetByRole(AriaRole.Button, new() { Name = "Add a card" }).ClickAsync();
        await Assertions.Expect(seeker.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Fake Stripe: save a card");
        await seeker.GetByRole(AriaRole.Button, new() { Name = "Save card ending 4242" }).ClickAsync();
        await Assertions.Expect(seeker.GetByText("Your card is saved.")).ToBeVisibleAsync();
        await Assertions.Expect(seeker.GetByTestId("saved-card")).ToContainTextAsync("4242");
        await seeker.AssertAccessibleAsync("stripe-card-saved");
    }

    /// <summary>From the request's page the seeker invites the carer, who accepts; the carer is left on the booking.</summary>
    private static async Task InviteAndAcceptAsync(IPage seeker, IPage carer)
    {
        await seeker.GetByRole(AriaRole.Link, new() { Name = "See carers for this request" }).ClickAsync();
        await seeker.ReloadUntilAsync(seeker.GetByRole(AriaRole.Main), "Stella Stripe");
        await seeker.GetByRole(AriaRole.Link, new() { Name = "Invite Stella Stripe" }).ClickAsync();
        await seeker.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        await Assertions.Expect(seeker.GetByTestId("offer-status")).ToHaveTextAsync("Waiting for an answer");
        await carer.GotoAsync("/Carer/Offers");
        await carer.GetByRole(AriaRole.Button, new() { Name = "Accept Care in LS1 4" }).First.ClickAsync();
        await Assertions.Expect(carer.GetByTestId("booking-address")).ToContainTextAsync("14 Hidden Lane, LS1 4AP");
    }

    /// <summary>
    /// The payment is secured (the admin runs the money tasks now), the carer checks in and out an
    /// hour later, and the seeker approves.
    /// </summary>
    private async Task GiveTheVisitAsync(IPage admin, IPage carer, IPage seeker, string screenshotsAs)
    {
        var visit = carer.Url;
        await seeker.GotoAsync("/Seeker/Payments");
        await admin.RunScheduledTasksUntilAsync(seeker, seeker.GetByTestId("payment").First, "Payment secured", MoneyTasks);
        await seeker.AssertAccessibleAsync($"stripe-{screenshotsAs}-payment-secured");

        await carer.GotoAsync(visit);
        await carer.GetByTestId("visit").First.GetByRole(AriaRole.Link).ClickAsync();
        var visitPage = carer.Url;
        await carer.GetByRole(AriaRole.Button, new() { Name = "Check in" }).ClickAsync();
        await Assertions.Expect(carer.GetByTestId("visit-status")).ToContainTextAsync("Checked in");
        app.Clock.MoveOn(TimeSpan.FromHours(1));
        await carer.GetByRole(AriaRole.Button, new() { Name = "Check out" }).ClickAsync();
        await Assertions.Expect(carer.GetByTestId("visit-status")).ToContainTextAsync("Completed");

        await seeker.GotoAsync(visitPage);
        await seeker.GetByRole(AriaRole.Button, new() { Name = "Approve the visit" }).ClickAsync();
        await Assertions.Expect(seeker.GetByTestId("visit-status")).ToContainTextAsync("Completed, approved");
    }

    [GeneratedRegex(@"^(Monday|Tuesday|Wednesday|Thursday|Friday) \d+ \w+ 20\d\d$")]
    private static partial Regex BankDay();
}
