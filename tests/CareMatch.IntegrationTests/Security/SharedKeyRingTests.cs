using System.Net;
using System.Reflection;
using CareMatch.Accounts.Contracts;
using CareMatch.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CareMatch.IntegrationTests.Security;

/// <summary>Two app nodes over one database, as two servers behind a load balancer would be.</summary>
public sealed class SecondNodeFactory(string connectionString, string provider = "Sqlite") : CareMatchAppFactory
{
    protected override string Provider => provider;

    protected override string ConnectionString => connectionString;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // The first node already made the schema and the roles; this one only joins.
        builder.UseSetting("Accounts:BootstrapAdmin:Email", "");
        // Poll other nodes' carer changes on every read, so tests need not wait for the interval.
        builder.UseSetting("Matching:ChangePollInterval", "00:00:00");
    }
}

public sealed class SharedKeyRingTests(SqliteAppFactory firstNode) : IClassFixture<SqliteAppFactory>
{
    [Fact]
    public async Task A_cookie_issued_by_one_node_is_honoured_by_another_because_the_key_ring_is_in_the_database()
    {
        var (email, _) = await firstNode.RegisterAsync(AccountRoles.Seeker);
        var signIn = await firstNode.CreateBrowserLikeClient().SubmitAsync("/Account/SignIn", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = People.Password,
        });
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-CareMatch=", StringComparison.Ordinal)).Split(';')[0];

        await using var secondNode = new SecondNodeFactory(firstNode.Services.GetConnectionString());
        var client = secondNode.CreateBrowserLikeClient();
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        var response = await client.GetAsync("/Seeker");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Both nodes run on one machine, so also check the ring is not simply a shared local folder.
        var keyManagement = secondNode.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value;
        Assert.Equal("EntityFrameworkCoreXmlRepository`1", keyManagement.XmlRepository?.GetType().Name);
    }

    [Fact]
    public void Every_form_handler_checks_its_antiforgery_token()
    {
        var pages = typeof(Program).Assembly.GetTypes().Where(t => typeof(PageModel).IsAssignableFrom(t)).ToList();
        var posting = pages.Where(t => t.GetMethods().Any(m => m.Name.StartsWith("OnPost", StringComparison.Ordinal))).ToList();

        Assert.True(posting.Count >= 10, $"only {posting.Count} pages with POST handlers were found");
        // The one exception: mail clients' one-click unsubscribe (RFC 8058) posts without a token,
        // and the signed unsubscribe token in the address is itself the proof (UnsubscribeTests).
        Assert.Equal(
            [typeof(CareMatch.Web.Pages.Notifications.UnsubscribeModel)],
            posting.Where(page => page.GetCustomAttribute<IgnoreAntiforgeryTokenAttribute>() is not null));
    }
}
