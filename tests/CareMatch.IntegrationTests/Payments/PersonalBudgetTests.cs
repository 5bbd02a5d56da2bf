using System.Net;
using CareMatch.Accounts.Contracts;
using CareMatch.Commissioning.Persistence;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.IntegrationTests.Security;
using CareMatch.Payments.Ledger;
using CareMatch.Payments.Persistence;
using CareMatch.Payments.Pricing;
using CareMatch.SharedKernel.Time;
using CareMatch.SharedKernel.Values;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Payments;

/// <summary>
/// Council personal budgets, through the pages on a moved clock: a commissioner offers one to a
/// seeker, who agrees; the seeker's visit is then secured and paid from it with no card at all,
/// the carer paid as anyone else; the seeker and the commissioner see allocated, committed, spent
/// and left; another council and another seeker see nothing of it; bad offers are told at the field.
/// </summary>
public sealed class PersonalBudgetTests(TimeControlledAppFactory factory) : IClassFixture<TimeControlledAppFactory>
{
    [Fact]
    public async Task A_funded_seekers_visit_is_paid_from_the_budget_without_a_card_and_both_sides_see_the_figures()
    {
        var booked = await factory.BookedAsync("Epilepsy", withCard: false);
        var visit = booked.Visits[0];
        var commissioner = await factory.CommissionerOfNewCouncilAsync();
        var today = factory.Time.GetUtcNow();
        Assert.Equal(HttpStatusCode.Redirect, (await CouncilSetup.OfferBudgetAsync(commissioner, booked.SeekerEmail, "LCC-4411", "480.00", UkDay(today), UkDay(today).AddYears(1))).StatusCode);

        var seeker = await factory.SignedInAsync(booked.SeekerEmail);
        var offer = WebUtility.HtmlDecode(await seeker.GetStringAsync("/Seeker/Budget"));
        Assert.Contains("offers to pay for your care from a personal budget of £480 every 4 weeks", offer, StringComparison.Ordinal);
        var budgetId = await factory.InScopeAsync(services => services.GetRequiredService<PaymentsDbContext>().PersonalBudgets.Where(b => b.CaseReference == "LCC-4411").Select(b => b.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await seeker.SubmitAsync($"/Seeker/Budget?budgetId={budgetId}&agree=true", new Dictionary<string, string>(), handler: "Answer")).StatusCode);

        await factory.MoveToAsync(visit.StartsAt.AddHours(-47), booked);
        await factory.RunVisitMoneyTaskAsync();
        var secured = await factory.VisitPaymentAsync(visit.Id);
        Assert.Equal(budgetId, secured.BudgetId);
        Assert.Null(secured.Problem);
        await factory.GivenAndApprovedAsync(booked, visit, minutes: 60);
        await factory.RunVisitMoneyTaskAsync();

        var paid = await factory.VisitPaymentAsync(visit.Id);
        var charge = CarePricing.ForCare(paid.HourlyRatePence, new QuarterHours(4), new FeeSettings());
        Assert.NotNull(paid.TransferId);
        var lines = await factory.VisitLedgerAsync(visit.Id);
        Assert.All(lines.GroupBy(l => l.EntryId), entry => Assert.Equal(0, entry.Sum(l => l.Pence)));
        Assert.Equal(charge.SeekerPaysPence, lines.Where(l => l.Account == LedgerAccount.CouncilUninvoiced).Sum(l => l.Pence));
        Assert.Equal(-charge.CarerGetsPence, lines.Where(l => l.Account == LedgerAccount.StripeBalance).Sum(l => l.Pence));
        Assert.Equal(0, lines.Where(l => l.Account == LedgerAccount.CarerPayable).Sum(l => l.Pence));
        Assert.DoesNotContain(lines, l => l.Account is LedgerAccount.CardHolds or LedgerAccount.HoldsOutstanding);

        seeker = await factory.SignedInAsync(booked.SeekerEmail);
        Assert.Contains("Paid from your council's personal budget", WebUtility.HtmlDecode(await seeker.GetStringAsync($"/Seeker/Payments/{visit.Id}")), StringComparison.Ordinal);
        var figures = WebUtility.HtmlDecode(await seeker.GetStringAsync("/Seeker/Budget"));
        Assert.Contains($"data-testid=\"budget-spent\">{new Money(charge.SeekerPaysPence)}<", figures, StringComparison.Ordinal);
        Assert.Contains($"data-testid=\"budget-allocated\">£480<", figures, StringComparison.Ordinal);
        var committed = CarePricing.ForCare(paid.HourlyRatePence, QuarterHours.Of(booked.Visits[1].EndsAt - booked.Visits[1].StartsAt), new FeeSettings()).SeekerPaysPence;
        Assert.Contains($"data-testid=\"budget-committed\">{new Money(committed * VisitsStillAhead(booked, factory.Time.GetUtcNow()))}<", figures, StringComparison.Ordinal);

        var council = WebUtility.HtmlDecode(await (await factory.SignedInAsync(commissioner.Email, CouncilSetup.CommissionerPassword)).GetStringAsync("/Commissioner/Budgets"));
        Assert.Contains("LCC-4411", council, StringComparison.Ordinal);
        Assert.Contains($"data-testid=\"budget-spent\">{new Money(charge.SeekerPaysPence)}<", council, StringComparison.Ordinal);
        Assert.DoesNotContain(booked.SeekerEmail, council, StringComparison.Ordinal);

        var otherCouncil = await factory.CommissionerOfNewCouncilAsync();
        Assert.DoesNotContain("LCC-4411", await otherCouncil.Client.GetStringAsync("/Commissioner/Budgets"), StringComparison.Ordinal);
        var (otherEmail, _) = await factory.RegisterAsync(AccountRoles.Seeker);
        var otherSeeker = await factory.SignedInAsync(otherEmail);
        Assert.Contains("You have no personal budget", await otherSeeker.GetStringAsync("/Seeker/Budget"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await otherSeeker.SubmitAsync($"/Seeker/Budget?budgetId={budgetId}&agree=false", new Dictionary<string, string>(), handler: "Answer")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherSeeker.GetAsync("/Commissioner/Budgets")).StatusCode);

        // On the 1st of next month the council is invoiced, once, for the visit; only it can download the invoice.
        var ukNow = UkDay(factory.Time.GetUtcNow());
        var firstOfNextMonth = new DateOnly(ukNow.Year, ukNow.Month, 1).AddMonths(1);
        factory.Time.Advance(UkCalendar.ToInstant(firstOfNextMonth, new TimeOnly(6, 0)) - factory.Time.GetUtcNow());
        await RunInvoiceTaskAsync();
        await RunInvoiceTaskAsync();
        var invoicing = await factory.SignedInAsync(commissioner.Email, CouncilSetup.CommissionerPassword);
        var invoices = WebUtility.HtmlDecode(await invoicing.GetStringAsync("/Commissioner/Budgets/Invoices"));
        var number = CareMatch.Payments.Budgets.CouncilInvoice.NumberFor(await CouncilIdAsync(commissioner.Email), firstOfNextMonth.AddMonths(-1));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(invoices, "data-testid=\"invoice\""));
        Assert.Contains($"data-testid=\"invoice-total\">{new Money(charge.SeekerPaysPence)}<", invoices, StringComparison.Ordinal);
        var csv = await invoicing.GetAsync($"/Commissioner/Budgets/Invoice/{number}");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var rows = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Date of visit,Visit reference,Line,Budget,Your case reference,Care (£),Service fee (£),VAT on the fee (£),Total (£)", rows[0]);
        Assert.Contains($",{paid.Reference},Visit,PB-", rows[1], StringComparison.Ordinal);
        Assert.EndsWith($",LCC-4411,{Pounds(charge.CarePence)},{Pounds(charge.ServiceFeePence)},{Pounds(charge.ServiceFeeVatPence)},{Pounds(charge.SeekerPaysPence)}", rows[1], StringComparison.Ordinal);
        Assert.StartsWith("Total,", rows[2], StringComparison.Ordinal);
        var otherAgain = await factory.SignedInAsync(otherCouncil.Email, CouncilSetup.CommissionerPassword);
        Assert.Equal(HttpStatusCode.NotFound, (await otherAgain.GetAsync($"/Commissioner/Budgets/Invoice/{number}")).StatusCode);
        var invoiced = await factory.InScopeAsync(services => services.GetRequiredService<PaymentsDbContext>().LedgerLines.AsNoTracking()
            .Where(l => l.Reference == number && l.Account == LedgerAccount.CouncilInvoiced).SumAsync(l => l.Pence));
        Assert.Equal(charge.SeekerPaysPence, invoiced);
    }

    private static string Pounds(long pence) => (pence / 100m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);

    private Task RunInvoiceTaskAsync() => factory.RunScheduledTaskAsync(CareMatch.Payments.Budgets.CouncilInvoiceTask.JobId);

    private Task<Guid> CouncilIdAsync(string commissionerEmail) => factory.InScopeAsync(async services =>
    {
        var userId = await services.GetRequiredService<CareMatch.Accounts.Persistence.AccountsDbContext>().Users.Where(u => u.Email == commissionerEmail).Select(u => u.Id).SingleAsync();
        return await services.GetRequiredService<CommissioningDbContext>().CommissionerAssignments.Where(a => a.UserId == userId).Select(a => a.CouncilId).SingleAsync();
    });

    [Fact]
    public async Task A_bad_offer_is_told_at_each_field_and_nothing_is_saved()
    {
        var commissioner = await factory.CommissionerOfNewCouncilAsync();
        var before = await BudgetCountAsync();

        var blank = WebUtility.HtmlDecode(await (await CouncilSetup.OfferBudgetAsync(commissioner, "", "", "", null, null)).Content.ReadAsStringAsync());
        Assert.Contains("Enter the email address of the person's CareMatch account", blank, StringComparison.Ordinal);
        Assert.Contains("Enter your council's case reference for this person", blank, StringComparison.Ordinal);
        Assert.Contains("Enter the amount every 4 weeks", blank, StringComparison.Ordinal);
        Assert.Contains("Enter the start date", blank, StringComparison.Ordinal);
        Assert.Contains("Enter the end date", blank, StringComparison.Ordinal);

        var start = UkDay(factory.Time.GetUtcNow());
        var backwards = WebUtility.HtmlDecode(await (await CouncilSetup.OfferBudgetAsync(commissioner, "someone@example.test", "X1", "abc", start, start.AddDays(-1))).Content.ReadAsStringAsync());
        Assert.Contains("Enter the amount every 4 weeks in pounds and pence, like 22.50", backwards, StringComparison.Ordinal);
        Assert.Contains("The end date must be the same as or after the start date", backwards, StringComparison.Ordinal);

        var nobody = WebUtility.HtmlDecode(await (await CouncilSetup.OfferBudgetAsync(commissioner, AppScope.UniqueEmail("nobody"), "X2", "100", start, start.AddDays(30))).Content.ReadAsStringAsync());
        Assert.Contains("No one has a CareMatch seeker account with that email address", nobody, StringComparison.Ordinal);
        var carer = await factory.RegisterAsync(AccountRoles.Carer);
        var notASeeker = WebUtility.HtmlDecode(await (await CouncilSetup.OfferBudgetAsync(commissioner, carer.Email, "X3", "100", start, start.AddDays(30))).Content.ReadAsStringAsync());
        Assert.Contains("No one has a CareMatch seeker account with that email address", notASeeker, StringComparison.Ordinal);

        Assert.Equal(before, await BudgetCountAsync());
    }

    private static DateOnly UkDay(DateTimeOffset instant) => DateOnly.FromDateTime(UkCalendar.ToUkTime(instant).DateTime);

    /// <summary>The booking's visits still ahead of now (the weekly booking's later ones), all within the budget's year.</summary>
    private static int VisitsStillAhead(VisitMoney.Booked booked, DateTimeOffset now) => booked.Visits.Count(v => v.StartsAt >= now);

    private Task<int> BudgetCountAsync() => factory.InScopeAsync(services => services.GetRequiredService<PaymentsDbContext>().PersonalBudgets.CountAsync());
}
