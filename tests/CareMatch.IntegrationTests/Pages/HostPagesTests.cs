using System.Net;
using System.Text.Json;
using CareMatch.Accounts.Contracts;
using CareMatch.IntegrationTests.Infrastructure;

namespace CareMatch.IntegrationTests.Pages;

public abstract class HostPagesTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : CareMatchAppFactory
{
    [Fact]
    public async Task The_home_page_explains_CareMatch_to_a_visitor()
    {
        var html = await factory.CreateClient().GetStringAsync("/");

        Assert.Contains(">Care at home, from carers near you</h1>", html);
        Assert.Contains("Create an account", html);
    }

    [Fact]
    public async Task Health_reports_every_module_database_and_the_job_storage()
    {
        var response = await (await factory.AdminAsync()).GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", report.RootElement.GetProperty("status").GetString());
        var database = report.RootElement.GetProperty("checks").GetProperty("database");
        Assert.Equal("Healthy", database.GetProperty("status").GetString());
        foreach (var module in new[] { "accounts", "needs", "providers", "matching", "bookings", "payments", "commissioning" })
        {
            Assert.Equal("up to date", database.GetProperty("data").GetProperty(module).GetString());
        }
        Assert.Equal("Healthy", report.RootElement.GetProperty("checks").GetProperty("jobs").GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_scheduled_tasks_dashboard_turns_away_visitors()
    {
        var response = await factory.CreateBrowserLikeClient().GetAsync("/admin/scheduled-tasks");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_scheduled_tasks_dashboard_is_forbidden_to_a_signed_in_seeker()
    {
        var client = factory.CreateBrowserLikeClient();
        var email = AppScope.UniqueEmail("seeker");
        await factory.SendAsync(new RegisterAccount(email, "a long enough password", AccountRoles.Seeker));
        await client.SignInAsync(email, "a long enough password");

        var response = await client.GetAsync("/admin/scheduled-tasks");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_scheduled_tasks_dashboard_opens_for_the_configured_admin()
    {
        var client = factory.CreateBrowserLikeClient();
        await client.SignInAsync(CareMatchAppFactory.AdminEmail, CareMatchAppFactory.AdminPassword);

        var response = await client.GetAsync("/admin/scheduled-tasks/recurring");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("outbox-drain", await response.Content.ReadAsStringAsync());
    }
}

public sealed class HostPagesOnSqlite(SqliteAppFactory factory) : HostPagesTests<SqliteAppFactory>(factory);

public sealed class HostPagesOnPostgreSql(PostgresAppFactory factory) : HostPagesTests<PostgresAppFactory>(factory);
