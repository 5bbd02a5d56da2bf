extern alias web;

using System.Diagnostics;
using CareMatch.Accounts.Contracts;
using CareMatch.Commissioning.Contracts;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Geography;
using CareMatch.SharedKernel.Identity;
using CareMatch.SharedKernel.Scheduling;
using Mediator;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CareMatch.Benchmarks;

/// <summary>
/// <c>--commissioning [requests]</c>: the whole app in process on a fresh PostgreSQL database, a
/// council of 55 districts (Leeds and Bradford) with about <c>requests</c> requests (50,000 by default)
/// over two years from the demo's generator, then timed: the commissioner's main view ("How requests
/// are met", 52 weeks; and with a filter) through the mediator as the page sends it, the unmet-need
/// view, reliability, the workforce, and the nightly roll-up. Each view is run 3 times to warm up and then 20 times; the
/// roll-up 3 times. Median and slowest are reported.
/// </summary>
internal static class CommissioningLoadReport
{
    private const string ServerVariable = "CAREMATCH_TEST_POSTGRES";
    private const string DefaultServer = "Host=127.0.0.1;Port=5432;Username=carematch;Password=carematch";
    private const string Database = "carematch_bench_commissioning";
    private const int Weeks = 104;

    /// <summary>About 1,000,000 visits for 50,000 requests over two years: most people are given a visit a fortnight from their first on.</summary>
    private const double VisitsPerPersonPerWeek = 0.55;

    public static async Task RunAsync(int requests)
    {
        var server = Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } configured ? configured : DefaultServer;
        await RecreateDatabaseAsync(server);
        var user = new CommissioningBenchmarkUser();
        await using var app = new LoadApp(new NpgsqlConnectionStringBuilder(server) { Database = Database }.ConnectionString, user);
        var districts = CentroidTableGeocoder.KnownDistrictsInArea("LS").Concat(CentroidTableGeocoder.KnownDistrictsInArea("BD")).ToList();

        user.UserId = "benchmark-admin";
        user.Role = AccountRoles.Admin;
        var councilId = await SendAsync(app, new CreateCouncil("Benchmark council", string.Join(", ", districts)));
        await PublishAsync(app, new CommissionerInvited("benchmark-commissioner", "commissioner@example.test", councilId));
        var perDistrictPerWeek = requests / (double)(districts.Count * Weeks) / 1.1; // the generator's districts are 1.1 times as busy on average
        var generate = Stopwatch.StartNew();
        var made = await ModuleSendAsync(app, new GenerateCommissioningHistory(districts, Weeks, perDistrictPerWeek, VisitsPerPersonPerWeek, Seed: 50_000));
        Console.WriteLine($"Generated {made.Requests:N0} requests and {made.Visits:N0} visits in {districts.Count} districts over {Weeks} weeks in {generate.Elapsed.TotalSeconds:0.0} s");

        var rollup = await TimeAsync(3, 0, () => RunTaskAsync(app, CommissioningTasks.RollupTaskId));
        user.UserId = "benchmark-commissioner";
        user.Role = AccountRoles.Commissioner;
        var main = await TimeAsync(20, 3, () => SendAsync(app, new GetMyRequestTimeliness(52, new RequestFilters(null, null, null, null))));
        var filtered = await TimeAsync(20, 3, () => SendAsync(app, new GetMyRequestTimeliness(52, new RequestFilters(districts[0], "PersonalCare", null, "PersonalBudget"))));
        var unmet = await TimeAsync(20, 3, () => SendAsync(app, new GetMyUnmetNeed(RequestFilters.None)));
        var unmetFiltered = await TimeAsync(20, 3, () => SendAsync(app, new GetMyUnmetNeed(new RequestFilters(districts[0], "PersonalCare", null, "PersonalBudget"))));
        var reliability = await TimeAsync(20, 3, () => SendAsync<VisitReliabilityView?>(app, new GetMyVisitReliability(52, new RequestFilters(null, null, null, null))));
        var workforce = await TimeAsync(20, 3, () => SendAsync<WorkforceView?>(app, new GetMyWorkforce(52, new RequestFilters(null, null, null, null))));
        var posted = (await SendAsync(app, new GetMyRequestTimeliness(52, new RequestFilters(null, null, null, null))))!.Posted.Value;

        var report = string.Join(Environment.NewLine,
            $"Commissioning load on PostgreSQL: {made.Requests:N0} requests and {made.Visits:N0} visits, {districts.Count} districts, {Weeks} weeks ({posted:N0} requests in the last 52)",
            "",
            "| What | Runs | Median | Slowest |",
            "|---|---|---|---|",
            Row("Main view: How requests are met, 52 weeks", main),
            Row("Main view with district, care and funding filters", filtered),
            Row("Where need is waiting", unmet),
            Row("Where need is waiting with district, care and funding filters", unmetFiltered),
            Row("How reliably care is given, 52 weeks", reliability),
            Row("Workforce and the market, 52 weeks", workforce),
            Row("Nightly roll-up (all months, all districts)", rollup));
        Console.WriteLine(report);
        Directory.CreateDirectory("BenchmarkDotNet.Artifacts");
        await File.WriteAllTextAsync(Path.Combine("BenchmarkDotNet.Artifacts", "commissioning-report.md"), report + Environment.NewLine);
    }

    private static string Row(string what, List<TimeSpan> times) =>
        $"| {what} | {times.Count} | {times.Order().ElementAt(times.Count / 2).TotalMilliseconds:N0} ms | {times.Max().TotalMilliseconds:N0} ms |";

    private static async Task<List<TimeSpan>> TimeAsync(int runs, int warmUps, Func<Task> work)
    {
        for (var i = 0; i < warmUps; i++) await work();
        var times = new List<TimeSpan>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await work();
            times.Add(watch.Elapsed);
        }
        return times;
    }

    private static async Task<T> SendAsync<T>(LoadApp app, IMessage message)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (T)(await scope.ServiceProvider.GetRequiredService<ISender>().Send((object)message))!;
    }

    private static Task<Guid> SendAsync(LoadApp app, CreateCouncil command) => SendAsync<Guid>(app, command);

    private static Task<RequestTimelinessView?> SendAsync(LoadApp app, GetMyRequestTimeliness query) => SendAsync<RequestTimelinessView?>(app, query);

    private static Task<UnmetNeedView?> SendAsync(LoadApp app, GetMyUnmetNeed query) => SendAsync<UnmetNeedView?>(app, query);

    private static async Task<GeneratedHistory> ModuleSendAsync(LoadApp app, GenerateCommissioningHistory command)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IModuleSender>().Send(command);
    }

    private static async Task PublishAsync(LoadApp app, INotification notification)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IPublisher>().Publish(notification);
    }

    private static async Task RunTaskAsync(LoadApp app, string taskId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetServices<IScheduledTask>().Single(t => t.Id == taskId).RunAsync(CancellationToken.None);
    }

    private static async Task RecreateDatabaseAsync(string server)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ConnectionString);
        await connection.OpenAsync();
        foreach (var sql in new[] { $"DROP DATABASE IF EXISTS {Database} WITH (FORCE)", $"CREATE DATABASE {Database}" })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
    }

    /// <summary>The app as production runs it, on the benchmark's database, with no job server and no demo.</summary>
    private sealed class LoadApp(string connectionString, CommissioningBenchmarkUser user) : WebApplicationFactory<web::Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            // Not a test project, so the factory cannot find the web project on its own.
            builder.UseSolutionRelativeContentRoot("src/CareMatch.Web");
            builder.UseEnvironment("Testing");
            builder.UseSetting("Database:Provider", "PostgreSql");
            builder.UseSetting("Database:ConnectionString", connectionString);
            builder.UseSetting("Hangfire:ServerEnabled", "false");
            builder.UseSetting("Demo:SeedOnStart", "false");
            builder.UseSetting("App:PublicUrl", "https://localhost");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            builder.UseSetting("Email:PickupFolder", Directory.CreateTempSubdirectory("carematch-bench-mail-").FullName);
            builder.UseSetting("Providers:Uploads:Folder", Directory.CreateTempSubdirectory("carematch-bench-uploads-").FullName);
            builder.ConfigureTestServices(services => services.AddScoped<ICurrentUser>(_ => user));
        }
    }
}
