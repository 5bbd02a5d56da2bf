using System.Net;
using CareMatch.Bookings.Contracts;
using CareMatch.Bookings.Persistence;
using CareMatch.Commissioning.Persistence;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.Needs.Persistence;
using CareMatch.Providers.Persistence;
using CareMatch.Web.Infrastructure.CommandLine;
using CareMatch.Payments.Contracts;
using CareMatch.SharedKernel.Time;
using CareMatch.SharedKernel.Values;
using CareMatch.Web.Infrastructure.Demo;
using CareMatch.Web.Infrastructure.Demo.History;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Demo;

public sealed class SmallDemoAppFactory : SqliteAppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Demo:Carers", "4");
        builder.UseSetting("Demo:Seekers", "4");
        // Seeding may run in this process, so the app gets the demo clock the history moves (Program.cs gives it only then).
        builder.UseSetting("Demo:SeedOnStart", "true");
    }
}

public sealed class ProductionAppFactory : SqliteAppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
    }
}

/// <summary>The demo area: believable, repeatable, and never poured into a real production database.</summary>
public sealed class DemoDataTests(SmallDemoAppFactory factory) : IClassFixture<SmallDemoAppFactory>
{
    [Fact]
    public async Task Seeding_builds_Leeds_with_placed_carers_and_a_commissioner_who_can_sign_in()
    {
        var credentials = await SeedAsync();

        var (districts, assignments) = await factory.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CommissioningDbContext>();
            var council = await db.Councils.Include(c => c.Districts).SingleAsync(c => c.Name == DemoPeople.CouncilName);
            return (council.Districts.Select(d => d.District).ToList(), await db.CommissionerAssignments.CountAsync(a => a.CouncilId == council.Id));
        });
        Assert.Contains("LS6", districts);
        Assert.True(districts.Count > 25, $"only {districts.Count} LS districts");
        Assert.All(districts, d => Assert.StartsWith("LS", d, StringComparison.Ordinal));
        Assert.Equal(1, assignments);

        var sectors = await factory.InScopeAsync(services => services.GetRequiredService<ProvidersDbContext>()
            .CarerProfiles.Where(p => p.HomeSector != null).Select(p => p.HomeSector!).ToListAsync());
        Assert.Equal(4, sectors.Count);
        Assert.All(sectors, s => Assert.Matches("^LS[0-9]{1,2} [0-9]$", s));

        var bookable = await factory.AskAsModuleAsync(new CareMatch.Providers.Contracts.ListBookableCarers());
        Assert.Equal(3, bookable.Count); // one of the four is left waiting in the admin's review queue

        var commissioner = await factory.SignedInAsync(credentials.Commissioner, credentials.Password);
        Assert.Contains(DemoPeople.CouncilName, await commissioner.GetStringAsync("/Commissioner"));
        var carer = await factory.SignedInAsync(credentials.FirstCarer, credentials.Password);
        Assert.Contains("Your profile is verified", await carer.GetStringAsync("/Carer"));
    }

    [Fact]
    public async Task Each_seeker_has_a_request_with_someone_on_its_shortlist_and_the_first_has_a_booking()
    {
        var credentials = await SeedAsync();

        var (requests, bookings, waiting) = await factory.InScopeAsync(async services =>
        {
            var bookingsDb = services.GetRequiredService<BookingsDbContext>();
            return (await services.GetRequiredService<NeedsDbContext>().CareRequests.CountAsync(),
                    await bookingsDb.Bookings.CountAsync(),
                    await bookingsDb.Offers.CountAsync(o => o.Status == OfferStatus.Pending));
        });
        // Each of the four seekers' new request, and the two weekly bookings of the history: seeker02's new invitation still waits.
        Assert.Equal((6, 3, 1), (requests, bookings, waiting));

        var seeker = await factory.SignedInAsync(credentials.FirstSeeker, credentials.Password);
        var visits = WebUtility.HtmlDecode(await seeker.GetStringAsync("/Seeker/Visits"));
        Assert.Contains(DemoPeople.CarerName(1), visits, StringComparison.Ordinal);
        // It pays by the saved test card, and its carer was paid-ready before anyone booked them.
        Assert.Contains("Visa ending 4242", await seeker.GetStringAsync("/Seeker/Card"), StringComparison.Ordinal);
        var carer = await factory.SignedInAsync(DemoPeople.CarerEmail(1), credentials.Password);
        Assert.Contains("Ready", await carer.GetStringAsync("/Carer/Payouts"), StringComparison.Ordinal);
        // The first seeker wrote a handover card, which their carer reads from a visit of the booking.
        var handoverVisit = await factory.InScopeAsync(services =>
        {
            var db = services.GetRequiredService<BookingsDbContext>();
            return db.Visits.Where(v => db.Bookings.Any(b => b.Id == v.BookingId && b.EndedAt == null && db.HandoverCards.Any(c => c.RequestId == b.RequestId)))
                .Select(v => v.Id).FirstAsync();
        });
        Assert.Contains("Key safe to the left of the front door", await carer.GetStringAsync($"/Visits/{handoverVisit}/Handover"), StringComparison.Ordinal);

        // The second seeker's request is open, and its shortlist names the carer it was made for.
        var second = await factory.SignedInAsync(DemoPeople.SeekerEmail(2), credentials.Password);
        // Its new request is the one still to start (the history's started weeks ago).
        var secondRequest = (await AsSeekerAsync(2, sender => sender.Send(new CareMatch.Needs.Contracts.ListMyCareRequests()).AsTask()))
            .Single(r => r.StartDate > UkToday()).RequestId;
        Assert.Contains(DemoPeople.CarerName(2), WebUtility.HtmlDecode(await second.GetStringAsync($"/Seeker/Requests/{secondRequest}/Carers")), StringComparison.Ordinal);

        // Both invited pairs have written to each other: the waiting pair's phone number is masked, the booked pair's shown.
        var waitingThread = WebUtility.HtmlDecode(await second.GetStringAsync("/Messages"));
        Assert.Contains("2</td>", waitingThread, StringComparison.Ordinal);
        var secondCarer = await factory.SignedInAsync(DemoPeople.CarerEmail(2), credentials.Password);
        var carerThreads = WebUtility.HtmlDecode(await secondCarer.GetStringAsync("/Messages"));
        var threadLink = System.Text.RegularExpressions.Regex.Match(carerThreads, "href=\"(/Messages/[^\"]+)\">The family</a>").Groups[1].Value;
        Assert.Contains("ring me on [phone number hidden]", WebUtility.HtmlDecode(await secondCarer.GetStringAsync(threadLink)), StringComparison.Ordinal);

        // The council funds the second seeker from a personal budget they agreed to, and the commissioner sees it.
        Assert.Contains("pays for your visits from this budget", WebUtility.HtmlDecode(await second.GetStringAsync("/Seeker/Budget")), StringComparison.Ordinal);
        var commissioner = await factory.SignedInAsync(credentials.Commissioner, credentials.Password);
        var budgets = WebUtility.HtmlDecode(await commissioner.GetStringAsync("/Commissioner/Budgets"));
        Assert.Contains("LCC-DEMO-0002", budgets, StringComparison.Ordinal);
        Assert.Contains("In use", budgets, StringComparison.Ordinal);
        // Every second seeker is funded (five of the ten a demo has, so the commissioner's spend is shown, not hidden): here the fourth too.
        Assert.Contains("LCC-DEMO-0004", budgets, StringComparison.Ordinal);
        Assert.DoesNotContain("LCC-DEMO-0003", budgets, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seeding_again_adds_nothing_and_the_new_password_works()
    {
        await SeedAsync();
        var before = await CountsAsync();

        var again = await SeedAsync();

        var after = await CountsAsync();
        Assert.Equal(before, after);
        Assert.True(after.Money.Payments > 0, "no history to compare");
        await factory.SignedInAsync(again.Admin, again.Password);
    }

    [Fact]
    public async Task The_first_seeker_has_weeks_of_past_visits_charged_to_the_test_card_with_receipts()
    {
        var credentials = await SeedAsync();
        var now = DateTimeOffset.UtcNow;

        var payments = await AsSeekerAsync(1, sender => sender.Send(new ListMyPayments()).AsTask());
        var paid = payments.Where(p => p.Status == VisitPaymentStatus.Paid).ToList();
        Assert.True(paid.Count >= 3, $"only {paid.Count} paid visits");
        Assert.All(paid, p =>
        {
            Assert.True(p.StartsAt < now, $"a paid visit on {p.StartsAt:O}");
            Assert.False(p.FundedByBudget);
            Assert.True(p.Charge!.SeekerPaysPence > 0);
            Assert.True(p.ChargedAt < now && p.PaidToCarerAt < now);
        });
        Assert.Contains(paid, p => p.Charge!.Kind == ChargeKind.LateCancellation);
        Assert.Contains(paid, p => p.Charge!.Kind == ChargeKind.CareGiven && p.Charge.Hours == 1m);
        // Its visits ahead are not yet due, so nothing is charged for them.
        Assert.DoesNotContain(payments, p => p.StartsAt > now.AddDays(3) && p.Charge is not null);

        var visits = await AsSeekerAsync(1, sender => sender.Send(new ListMyVisits(DateOnly.FromDateTime(now.UtcDateTime).AddDays(-35), Days: 35)).AsTask());
        Assert.Contains(visits, v => v is { Status: VisitStatus.Completed, ApprovedAutomatically: true });
        Assert.Contains(visits, v => v is { Status: VisitStatus.Cancelled, LateCancellation: true });

        var seeker = await factory.SignedInAsync(credentials.FirstSeeker, credentials.Password);
        var page = await seeker.GetStringAsync("/Seeker/Payments");
        Assert.DoesNotContain("data-testid=\"no-payments\"", page, StringComparison.Ordinal);
        var care = paid.First(p => p.Charge!.Kind == ChargeKind.CareGiven);
        Assert.Contains($"data-visit-id=\"{care.VisitId}\"", page, StringComparison.Ordinal);
        var receipt = WebUtility.HtmlDecode(await seeker.GetStringAsync($"/Seeker/Payments/{care.VisitId}"));
        Assert.Contains(care.Reference, receipt, StringComparison.Ordinal);
        Assert.Contains(new Money(care.Charge!.SeekerPaysPence).ToString(), receipt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_first_carer_has_been_paid_into_their_bank_for_past_visits()
    {
        var credentials = await SeedAsync();
        var today = UkToday();

        var payouts = await AsAsync(DemoPeople.CarerEmail(1), "Carer", sender => sender.Send(new GetMyPayouts()).AsTask());
        Assert.True(payouts.TestPayments);
        Assert.NotEmpty(payouts.Paid);
        Assert.All(payouts.Paid, day => Assert.True(day.ExpectedInBank < today, $"paid on {day.ExpectedInBank}"));
        Assert.True(payouts.Paid.Sum(d => d.NetPence) > 0);
        var earnings = await AsAsync(DemoPeople.CarerEmail(1), "Carer", sender => sender.Send(new GetMyEarnings()).AsTask());
        Assert.Contains(earnings.Payments, p => p.FundedByBudget && p.Status == VisitPaymentStatus.Paid);
        Assert.Contains(earnings.Payments, p => !p.FundedByBudget && p.Status == VisitPaymentStatus.Paid);

        var carer = await factory.SignedInAsync(credentials.FirstCarer, credentials.Password);
        var page = await carer.GetStringAsync("/Carer/Earnings/Payouts");
        Assert.Contains("data-testid=\"payouts-paid\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"no-payouts-paid\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_funded_seekers_budget_has_been_drawn_on_and_the_council_invoiced_for_past_months()
    {
        var credentials = await SeedAsync();
        var today = UkToday();

        var budget = await AsSeekerAsync(2, sender => sender.Send(new GetMyBudget()).AsTask());
        Assert.NotNull(budget);
        Assert.True(budget.StartsOn <= today.AddDays(-21), $"the budget starts on {budget.StartsOn}");
        Assert.True(budget.SpentPence > 0);
        Assert.Equal(budget.AllocatedPence - budget.SpentPence - budget.CommittedPence, budget.LeftPence);
        var payments = await AsSeekerAsync(2, sender => sender.Send(new ListMyPayments()).AsTask());
        Assert.True(payments.Count(p => p is { FundedByBudget: true, Status: VisitPaymentStatus.Paid }) >= 3);

        var commissioner = await factory.SignedInAsync(credentials.Commissioner, credentials.Password);
        var budgets = WebUtility.HtmlDecode(await commissioner.GetStringAsync("/Commissioner/Budgets"));
        Assert.Contains(new Money(budget.SpentPence).ToString(), budgets, StringComparison.Ordinal);

        // The council is invoiced on the 1st for the month before: whatever was drawn before this month is on an invoice.
        var (drawnBeforeThisMonth, invoiced) = await factory.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CareMatch.Payments.Persistence.PaymentsDbContext>();
            // The invoice task runs at 06:00 on the 1st; before that on the 1st, the last invoice is the month before's.
            var first = new DateOnly(today.Year, today.Month, 1);
            if (DateTimeOffset.UtcNow < UkCalendar.ToInstant(first, new TimeOnly(6, 0))) first = first.AddMonths(-1);
            var thisMonth = UkCalendar.ToInstant(first, TimeOnly.MinValue);
            var draws = await db.BudgetDraws.AsNoTracking().ToListAsync();
            return (draws.Where(d => d.DrawnAt < thisMonth).Sum(d => d.Pence), (await db.CouncilInvoices.AsNoTracking().ToListAsync()).Sum(i => i.TotalPence));
        });
        Assert.Equal(drawnBeforeThisMonth, invoiced);
        var invoices = await commissioner.GetStringAsync("/Commissioner/Budgets/Invoices");
        Assert.Equal(invoiced == 0, invoices.Contains("data-testid=\"no-invoices\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_commissioner_and_open_data_have_months_of_the_areas_requests_made_once()
    {
        await SeedAsync();
        var generated = await FactsAsync();
        var credentials = await SeedAsync();
        Assert.Equal(generated, await FactsAsync());

        var commissioner = await factory.SignedInAsync(credentials.Commissioner, credentials.Password);
        var page = WebUtility.HtmlDecode(await commissioner.GetStringAsync("/Commissioner/Requests?weeks=52"));
        var posted = int.Parse(System.Text.RegularExpressions.Regex.Match(page, "data-testid=\"posted\">([0-9]+)<").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(posted, 1000, generated);

        var anonymous = factory.CreateBrowserLikeClient();
        var council = System.Text.Json.Nodes.JsonNode.Parse(await anonymous.GetStringAsync("/api/open/v1/councils"))!["councils"]!.AsArray()
            .Single(c => (string?)c!["name"] == DemoPeople.CouncilName)!;
        var rows = System.Text.Json.Nodes.JsonNode.Parse(await anonymous.GetStringAsync((string)council["figures"]!))!["rows"]!.AsArray();
        var wholeCouncilMonths = rows.Where(r => (string?)r!["district"] is null).ToList();
        Assert.True(wholeCouncilMonths.Count >= 6, $"{wholeCouncilMonths.Count} months");
        Assert.All(wholeCouncilMonths.SkipLast(1), month => Assert.True((int?)month!["requestsPosted"] > 50));
    }

    private Task<int> FactsAsync() => factory.InScopeAsync(services => services.GetRequiredService<CommissioningDbContext>().RequestFacts.CountAsync());

    [Fact]
    public async Task After_seeding_the_clock_is_the_real_time_and_new_requests_are_dated_now()
    {
        await SeedAsync();

        Assert.Equal(TimeSpan.Zero, factory.Services.GetRequiredService<DemoTimeProvider>().Offset);
        var before = DateTimeOffset.UtcNow;
        Assert.InRange(factory.Services.GetRequiredService<CareMatch.SharedKernel.Time.IClock>().UtcNow, before.AddSeconds(-5), before.AddSeconds(5));
        await AsSeekerAsync(2, sender => sender.Send(DemoCareRequests.Weekly(2, 1, "LS6 1AA", UkToday().AddDays(7), slot: 0, "Clara", CareMatch.Needs.Contracts.FundingSource.SelfFunded)).AsTask());
        var requests = await AsSeekerAsync(2, sender => sender.Send(new CareMatch.Needs.Contracts.ListMyCareRequests()).AsTask());
        var clara = Assert.Single(requests, r => r.RecipientFirstName == "Clara");
        Assert.InRange(clara.CreatedAt, before.AddSeconds(-1), DateTimeOffset.UtcNow.AddSeconds(1));
        // While the history's own request was made on the moved clock, weeks ago.
        Assert.True(requests.Single(r => r.RecipientFirstName == "Dorothy").CreatedAt < before.AddDays(-21));
    }

    private Task<T> AsSeekerAsync<T>(int number, Func<Mediator.ISender, Task<T>> work) => AsAsync(DemoPeople.SeekerEmail(number), "Seeker", work);

    /// <summary>Asks as the demo person with this email, as their pages would.</summary>
    private Task<T> AsAsync<T>(string email, string role, Func<Mediator.ISender, Task<T>> work) =>
        factory.InScopeAsync(async services =>
        {
            var user = await services.GetRequiredService<CareMatch.Accounts.Persistence.AccountsDbContext>().Users.AsNoTracking().SingleAsync(u => u.Email == email);
            services.GetRequiredService<CareMatch.Web.Infrastructure.Identity.HttpCurrentUser>().ActAs(user.Id, role);
            return await work(services.GetRequiredService<Mediator.ISender>());
        });

    private static DateOnly UkToday() => DateOnly.FromDateTime(UkCalendar.ToUkTime(DateTimeOffset.UtcNow).DateTime);

    private Task<DemoCredentials> SeedAsync() =>
        factory.Services.GetRequiredService<DemoSeeder>().SeedAsync(CancellationToken.None);

    private Task<(int Profiles, int Councils, int Assignments, int Requests, int Offers, int Bookings, int Budgets, (int Visits, int Payments, int Draws, int Invoices) Money)> CountsAsync() =>
        factory.InScopeAsync(async services =>
        {
            var commissioning = services.GetRequiredService<CommissioningDbContext>();
            var bookings = services.GetRequiredService<BookingsDbContext>();
            return (await services.GetRequiredService<ProvidersDbContext>().CarerProfiles.CountAsync(),
                    await commissioning.Councils.CountAsync(),
                    await commissioning.CommissionerAssignments.CountAsync(),
                    await services.GetRequiredService<NeedsDbContext>().CareRequests.CountAsync(),
                    await bookings.Offers.CountAsync(),
                    await bookings.Bookings.CountAsync(),
                    await services.GetRequiredService<CareMatch.Payments.Persistence.PaymentsDbContext>().PersonalBudgets.CountAsync(),
                    await MoneyCountsAsync(services));
        });

    /// <summary>The history's visits and what they paid: a second seeding must not add a second history.</summary>
    private static async Task<(int Visits, int Payments, int Draws, int Invoices)> MoneyCountsAsync(IServiceProvider services)
    {
        var payments = services.GetRequiredService<CareMatch.Payments.Persistence.PaymentsDbContext>();
        var starts = await services.GetRequiredService<BookingsDbContext>().Visits.Select(v => v.StartsAt).ToListAsync();
        return (starts.Count(s => s < DateTimeOffset.UtcNow),
                await payments.VisitPayments.CountAsync(p => p.ChargedAt != null),
                await payments.BudgetDraws.CountAsync(),
                await payments.CouncilInvoices.CountAsync());
    }
}

public sealed class DemoRefusalTests(ProductionAppFactory factory) : IClassFixture<ProductionAppFactory>
{
    [Fact]
    public async Task The_demo_command_refuses_a_production_database_with_real_accounts()
    {
        await factory.RegisterAsync("Seeker");

        var exitCode = await DemoCommand.RunAsync(factory.Services, CancellationToken.None);

        Assert.Equal(1, exitCode);
        var demoAccounts = await factory.InScopeAsync(services => services.GetRequiredService<CareMatch.Accounts.Persistence.AccountsDbContext>()
            .Users.CountAsync(u => u.Email!.EndsWith(DemoPeople.Domain)));
        Assert.Equal(0, demoAccounts);
    }
}

/// <summary>The first admin from the command line: the password from the environment, never from code.</summary>
public sealed class CreateAdminCommandTests(SqliteAppFactory factory) : IClassFixture<SqliteAppFactory>
{
    [Fact]
    public async Task Create_admin_makes_an_admin_who_can_open_the_back_office()
    {
        var email = AppScope.UniqueEmail("first-admin");
        Environment.SetEnvironmentVariable(AdminCommand.PasswordVariable, "a first admin passphrase");
        try
        {
            Assert.Equal(0, await AdminCommand.RunAsync(factory.Services, [AdminCommand.Name, email]));
        }
        finally
        {
            Environment.SetEnvironmentVariable(AdminCommand.PasswordVariable, null);
        }

        var admin = await factory.SignedInAsync(email, "a first admin passphrase");
        Assert.Equal(System.Net.HttpStatusCode.OK, (await admin.GetAsync("/Admin")).StatusCode);
    }

    [Fact]
    public async Task Create_admin_refuses_a_common_password()
    {
        Environment.SetEnvironmentVariable(AdminCommand.PasswordVariable, "password123");
        try
        {
            Assert.Equal(1, await AdminCommand.RunAsync(factory.Services, [AdminCommand.Name, AppScope.UniqueEmail("weak-admin")]));
        }
        finally
        {
            Environment.SetEnvironmentVariable(AdminCommand.PasswordVariable, null);
        }
    }
}
