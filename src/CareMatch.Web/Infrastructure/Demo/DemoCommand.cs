using CareMatch.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Web.Infrastructure.Demo;

/// <summary>
/// Seeds the demo area on the first start of an empty embedded database, or on demand with
/// <c>seed-demo</c>. Refuses to touch a production database that holds real accounts.
/// </summary>
public static class DemoCommand
{
    public const string Name = "seed-demo";

    public static async Task SeedOnFirstStartAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var settings = services.GetRequiredService<DemoSettings>();
        if (!settings.SeedOnStart || services.GetRequiredService<DatabaseSettings>().Provider != DatabaseProvider.Sqlite) return;
        if (await CountAccountsAsync(services, realOnly: false) > 0) return;
        await SeedAndPrintAsync(services, cancellationToken);
    }

    public static async Task<int> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var environment = services.GetRequiredService<IHostEnvironment>();
        if (environment.IsProduction() && await CountAccountsAsync(services, realOnly: true) > 0)
        {
            await Console.Error.WriteLineAsync("Refusing to seed demo data: this is a production database with real accounts in it.");
            return 1;
        }
        await SeedAndPrintAsync(services, cancellationToken);
        return 0;
    }

    private static async Task SeedAndPrintAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var credentials = await services.GetRequiredService<DemoSeeder>().SeedAsync(cancellationToken);
        Console.WriteLine($"""

            == CareMatch demo area: {DemoPeople.CouncilName}, {credentials.Carers} carers, {credentials.Seekers} seekers
               Every demo account's password: {credentials.Password}
               Admin:         {credentials.Admin}
               Commissioner:  {credentials.Commissioner}
               Carers:        {credentials.FirstCarer} … {DemoPeople.CarerEmail(credentials.Carers)}
               Seekers:       {credentials.FirstSeeker} … {DemoPeople.SeekerEmail(credentials.Seekers)}
                              ({credentials.FirstSeeker} has a booking and pays by the test card; {DemoPeople.SeekerEmail(2)} is funded by the council's personal budget)
            {History(credentials)}   (run the app with the argument seed-demo to set a new password and print this again)

            """);
    }

    /// <summary>What the demo's past holds, when it has one (without Stripe keys).</summary>
    private static string History(DemoCredentials credentials)
    {
        if (credentials.HistoryWeeks <= 0) return "";
        var visited = credentials.Seekers > 1 ? $"{credentials.FirstSeeker} (card) and {DemoPeople.SeekerEmail(2)} (budget)" : $"{credentials.FirstSeeker} (card)";
        return $"   Past visits:   {credentials.FirstCarer} has visited {visited} weekly for {credentials.HistoryWeeks} weeks:{Environment.NewLine}"
            + $"                  charged or drawn on the budget, paid to the carer's bank, invoiced to the council monthly{Environment.NewLine}";
    }

    private static async Task<int> CountAccountsAsync(IServiceProvider services, bool realOnly)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>().Users;
        var demoSuffix = "@" + DemoPeople.Domain.ToUpperInvariant();
        return realOnly
            ? await users.CountAsync(u => u.NormalizedEmail != null && !u.NormalizedEmail.EndsWith(demoSuffix))
            : await users.CountAsync();
    }
}
