using System.Net;
using CareMatch.Bookings.Contracts;
using CareMatch.Bookings.Persistence;
using CareMatch.Commissioning.Persistence;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.Needs.Persistence;
using CareMatch.Providers.Persistence;
using CareMatch.Web.Infrastructure.CommandLine;
using CareMatch.Web.Infrastructure.Demo;
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
        builder.UseSetting("Demo:Seekers", "2");
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
        Assert.Equal((2, 1, 1), (requests, bookings, waiting));

        var seeker = await factory.SignedInAsync(credentials.FirstSeeker, credentials.Password);
        var visits = WebUtility.HtmlDecode(await seeker.GetStringAsync("/Seeker/Visits"));
        Assert.Contains(DemoPeople.CarerName(1), visits, StringComparison.Ordinal);
        // It pays by the saved test card, and its carer was paid-ready before anyone booked them.
        Assert.Contains("Visa ending 4242", await seeker.GetStringAsync("/Seeker/Card"), StringComparison.Ordinal);
        var carer = await factory.SignedInAsync(DemoPeople.CarerEmail(1), credentials.Password);
        Assert.Contains("Ready", await carer.GetStringAsync("/Carer/Payouts"), StringComparison.Ordinal);

        // The second seeker's request is open, and its shortlist names the carer it was made for.
        var second = await factory.SignedInAsync(DemoPeople.SeekerEmail(2), credentials.Password);
        var secondRequest = await factory.InScopeAsync(async services =>
        {
            var user = await services.GetRequiredService<CareMatch.Accounts.Persistence.AccountsDbContext>().Users.SingleAsync(u => u.Email == DemoPeople.SeekerEmail(2));
            return await services.GetRequiredService<NeedsDbContext>().CareRequests.Where(r => r.SeekerUserId == user.Id).Select(r => r.Id).SingleAsync();
        });
        Assert.Contains(DemoPeople.CarerName(2), WebUtility.HtmlDecode(await second.GetStringAsync($"/Seeker/Requests/{secondRequest}/Carers")), StringComparison.Ordinal);

        // The council funds the second seeker from a personal budget they agreed to, and the commissioner sees it.
        Assert.Contains("pays for your visits from this budget", WebUtility.HtmlDecode(await second.GetStringAsync("/Seeker/Budget")), StringComparison.Ordinal);
        var commissioner = await factory.SignedInAsync(credentials.Commissioner, credentials.Password);
        var budgets = WebUtility.HtmlDecode(await commissioner.GetStringAsync("/Commissioner/Budgets"));
        Assert.Contains("LCC-DEMO-0002", budgets, StringComparison.Ordinal);
        Assert.Contains("In use", budgets, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seeding_again_adds_nothing_and_the_new_password_works()
    {
        await SeedAsync();
        var before = await CountsAsync();

        var again = await SeedAsync();

        Assert.Equal(before, await CountsAsync());
        await factory.SignedInAsync(again.Admin, again.Password);
    }

    private Task<DemoCredentials> SeedAsync() =>
        factory.Services.GetRequiredService<DemoSeeder>().SeedAsync(CancellationToken.None);

    private Task<(int Profiles, int Councils, int Assignments, int Requests, int Offers, int Bookings, int Budgets)> CountsAsync() =>
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
                    await services.GetRequiredService<CareMatch.Payments.Persistence.PaymentsDbContext>().PersonalBudgets.CountAsync());
        });
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
