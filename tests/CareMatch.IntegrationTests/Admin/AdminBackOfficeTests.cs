using System.Net;
using CareMatch.Accounts.Contracts;
using CareMatch.Commissioning.Persistence;
using CareMatch.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Admin;

/// <summary>Councils, commissioner invitations and suspensions, through the admin's pages; and nobody else can reach them.</summary>
public abstract class AdminBackOfficeTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : CareMatchAppFactory
{
    [Fact]
    public async Task An_admin_sets_up_a_council_and_an_invited_commissioner_signs_in_to_it()
    {
        var admin = await factory.AdminAsync();
        var name = $"Council {Guid.NewGuid():N}";
        var district = await FreeDistrictAsync();
        var created = await admin.SubmitAsync("/Admin/Councils/Create", new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.Districts"] = $" {district.ToLowerInvariant()} ",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var councils = await admin.GetStringAsync("/Admin/Councils");
        Assert.Contains(name, councils);
        var councilId = await factory.InScopeAsync(services => services.GetRequiredService<CommissioningDbContext>()
            .Councils.Where(c => c.Name == name).Select(c => c.Id).SingleAsync());

        var email = AppScope.UniqueEmail("commissioner");
        var invited = await admin.SubmitAsync($"/Admin/Councils/Invite?councilId={councilId}", new Dictionary<string, string> { ["Input.Email"] = email });
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        await factory.DrainOutboxAsync();
        var accepted = await factory.CreateBrowserLikeClient().SubmitAsync(factory.LinkInLatestEmailTo(email), new Dictionary<string, string>
        {
            ["Input.Password"] = "commissioning passphrase",
        });
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);

        var commissioner = await factory.SignedInAsync(email, "commissioning passphrase");
        var home = await commissioner.GetStringAsync("/Commissioner");
        Assert.Contains($"You see figures for {name} only", home);
        Assert.Contains(district, home);
    }

    [Theory]
    [InlineData("", "LS1", "Input.Name", "Enter the council&#x27;s name")]
    [InlineData("{name}", "", "Input.Districts", "Enter the postcode districts that make up the council&#x27;s area")]
    [InlineData("{name}", "LS62AB", "Input.Districts", "LS62AB: Enter only the first part of the postcode, like LS6")]
    [InlineData("{name}", "LS1, 99X", "Input.Districts", "99X: Enter a real UK postcode district, like LS6")]
    [InlineData("{name}", "ZZ99", "Input.Districts", "ZZ99 is not a postcode district we recognise")]
    public async Task A_council_with_bad_details_is_refused_at_the_field_and_not_saved(string name, string districts, string field, string message)
    {
        var admin = await factory.AdminAsync();
        if (name == "{name}") name = $"Council {Guid.NewGuid():N}";
        var before = await CouncilCountAsync();

        var response = await admin.SubmitAsync("/Admin/Councils/Create", new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.Districts"] = districts,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(message, html);
        Assert.Contains($"id=\"{field.Replace('.', '_')}-error\"", html);
        Assert.Equal(before, await CouncilCountAsync());
    }

    [Fact]
    public async Task A_district_already_in_one_council_cannot_join_another()
    {
        var admin = await factory.AdminAsync();
        var district = await FreeDistrictAsync();
        await admin.SubmitAsync("/Admin/Councils/Create", new Dictionary<string, string>
        {
            ["Input.Name"] = $"First {Guid.NewGuid():N}",
            ["Input.Districts"] = district,
        });

        var second = await admin.SubmitAsync("/Admin/Councils/Create", new Dictionary<string, string>
        {
            ["Input.Name"] = $"Second {Guid.NewGuid():N}",
            ["Input.Districts"] = district,
        });

        Assert.Contains($"{district} already belongs to another council", await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_suspended_carer_cannot_sign_in_until_restored()
    {
        var (email, userId) = await factory.RegisterAsync(AccountRoles.Carer);
        var admin = await factory.AdminAsync();

        await admin.SubmitAsync("/Admin/Users", new Dictionary<string, string> { ["userId"] = userId }, handler: "Suspend");
        var refused = await factory.CreateBrowserLikeClient().SubmitAsync("/Account/SignIn", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = People.Password,
        });
        Assert.Contains("Enter a correct email address and password", await refused.Content.ReadAsStringAsync());
        Assert.Contains(factory.EmailsTo(email), mail => mail.Contains("Your CareMatch account has been suspended", StringComparison.Ordinal));
        Assert.Contains("Suspended", await admin.GetStringAsync($"/Admin/Users?search={Uri.EscapeDataString(email)}"));

        await admin.SubmitAsync("/Admin/Users", new Dictionary<string, string> { ["userId"] = userId }, handler: "Restore");
        await factory.CreateBrowserLikeClient().SignInAsync(email, People.Password);
    }

    [Theory]
    [InlineData("Seeker", "/Admin")]
    [InlineData("Seeker", "/Admin/Councils")]
    [InlineData("Carer", "/Admin/Councils/Create")]
    [InlineData("Carer", "/Admin/Users")]
    [InlineData("Seeker", "/Commissioner")]
    [InlineData("Carer", "/Seeker")]
    [InlineData("Seeker", "/Carer")]
    public async Task A_page_for_another_role_answers_403(string role, string path)
    {
        var (email, _) = await factory.RegisterAsync(role);
        var client = await factory.SignedInAsync(email);

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("You cannot see this page", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_carer_cannot_suspend_anyone_by_posting_the_admin_form()
    {
        var (victimEmail, victimId) = await factory.RegisterAsync(AccountRoles.Seeker);
        var (email, _) = await factory.RegisterAsync(AccountRoles.Carer);
        var carer = await factory.SignedInAsync(email);

        // A valid antiforgery token from a form the carer may use, so only authorisation can stop it.
        var response = await carer.PostWithTokenFromAsync("/Account/ChangePassword", "/Admin/Users?handler=Suspend",
            new Dictionary<string, string> { ["userId"] = victimId });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await factory.CreateBrowserLikeClient().SignInAsync(victimEmail, People.Password);
    }

    private Task<int> CouncilCountAsync() =>
        factory.InScopeAsync(services => services.GetRequiredService<CommissioningDbContext>().Councils.CountAsync());

    /// <summary>A real district no council has yet, so tests sharing one database do not collide.</summary>
    private Task<string> FreeDistrictAsync() =>
        factory.InScopeAsync(async services =>
        {
            var taken = await services.GetRequiredService<CommissioningDbContext>().CouncilDistricts.Select(d => d.District).ToListAsync();
            return Enumerable.Range(1, 99).Select(n => $"BD{n}").First(d => !taken.Contains(d));
        });
}

public sealed class AdminBackOfficeOnSqlite(SqliteAppFactory factory) : AdminBackOfficeTests<SqliteAppFactory>(factory);

public sealed class AdminBackOfficeOnPostgreSql(PostgresAppFactory factory) : AdminBackOfficeTests<PostgresAppFactory>(factory);
