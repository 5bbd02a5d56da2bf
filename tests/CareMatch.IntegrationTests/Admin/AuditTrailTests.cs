using System.Net;
using System.Text.RegularExpressions;
using CareMatch.Accounts.Contracts;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.IntegrationTests.Providers;

namespace CareMatch.IntegrationTests.Admin;

/// <summary>Admins can look back on security events (who, what, when, from where) and filter them; no secret is ever shown.</summary>
public abstract partial class AuditTrailTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : CareMatchAppFactory
{
    [Fact]
    public async Task A_persons_sign_ins_refusals_sign_out_and_password_change_are_on_the_record_without_any_password()
    {
        var (email, _) = await factory.RegisterAsync(AccountRoles.Seeker);
        await factory.CreateBrowserLikeClient().SubmitAsync("/Account/SignIn", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = "my secret guess",
        });
        var client = await factory.SignedInAsync(email);
        await client.SubmitAsync("/Account/ChangePassword", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = People.Password,
            ["Input.NewPassword"] = "a new secret passphrase",
        });
        await client.SubmitAsync("/Account/SignOut", new Dictionary<string, string>());

        var html = await (await factory.AdminAsync()).GetStringAsync($"/Admin/Audit?email={Uri.EscapeDataString(email)}");

        var events = Events(html);
        Assert.Equal(["Signed out", "Password changed", "Signed in", "Sign-in refused", "Account type given"], events);
        Assert.Contains("Wrong password", html);
        Assert.Contains("Seeker, at sign-up", html);
        Assert.DoesNotContain("my secret guess", html);
        Assert.DoesNotContain("a new secret passphrase", html);
        Assert.DoesNotContain(People.Password, html);
    }

    [Fact]
    public async Task An_unknown_email_a_lockout_and_a_suspension_are_recorded_with_who_did_it()
    {
        var unknown = AppScope.UniqueEmail("stranger");
        await factory.CreateBrowserLikeClient().SubmitAsync("/Account/SignIn", new Dictionary<string, string>
        {
            ["Input.Email"] = unknown,
            ["Input.Password"] = "anything at all",
        });
        var (email, userId) = await factory.RegisterAsync(AccountRoles.Carer);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await factory.CreateBrowserLikeClient().SubmitAsync("/Account/SignIn", new Dictionary<string, string>
            {
                ["Input.Email"] = email,
                ["Input.Password"] = "wrong again",
            });
        }
        var admin = await factory.AdminAsync();
        await admin.SubmitAsync("/Admin/Users", new Dictionary<string, string> { ["userId"] = userId }, handler: "Suspend");

        var stranger = await admin.GetStringAsync($"/Admin/Audit?email={Uri.EscapeDataString(unknown)}");
        Assert.Contains($"{unknown} (no account)", stranger);
        Assert.Contains("No account has this email", stranger);

        var suspended = await admin.GetStringAsync($"/Admin/Audit?email={Uri.EscapeDataString(email)}&event=AccountSuspended");
        Assert.Equal(["Account suspended"], Events(suspended));
        Assert.Contains(CareMatchAppFactory.AdminEmail, suspended);
        var locked = await admin.GetStringAsync($"/Admin/Audit?email={Uri.EscapeDataString(email)}&event=LockedOut");
        Assert.Equal(["Locked after wrong passwords"], Events(locked));
    }

    [Fact]
    public async Task Verification_decisions_and_admins_reading_a_carers_file_are_recorded()
    {
        var carer = await factory.CarerWithProfileAsync();
        await carer.SubmitAllCredentialsAsync();
        var admin = await factory.AdminAsync();
        var review = await admin.GetStringAsync($"/Admin/Carers/Review/{carer.ProfileId}");
        var file = FileLink().Match(review);
        Assert.True(file.Success, "the review page links to the carer's evidence");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(WebUtility.HtmlDecode(file.Value))).StatusCode);
        await factory.VerifyAllAsync(carer.ProfileId);

        var html = await admin.GetStringAsync($"/Admin/Audit?email={Uri.EscapeDataString(carer.Email)}");

        var events = Events(html);
        Assert.Equal(5, events.Count(e => e == "Carer's check verified"));
        Assert.Contains("File downloaded by an admin", events);
    }

    [Fact]
    public async Task Filters_by_date_and_refuses_a_bad_date_at_its_field()
    {
        var admin = await factory.AdminAsync();
        var later = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(2));
        var tomorrow = later.ToString("d/M/yyyy", System.Globalization.CultureInfo.InvariantCulture);

        Assert.Contains("No events match", await admin.GetStringAsync($"/Admin/Audit?from={tomorrow}"));
        Assert.Contains("Signed in", await admin.GetStringAsync($"/Admin/Audit?to={later:yyyy-MM-dd}"));

        var bad = await admin.GetAsync("/Admin/Audit?from=31%2F02%2F2026");
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var html = await bad.Content.ReadAsStringAsync();
        Assert.Contains("There is a problem", html);
        Assert.Contains("id=\"From-error\"", html);
        Assert.Contains("Enter a real date", html);

        var backwards = await admin.GetStringAsync("/Admin/Audit?from=2026-12-02&to=2026-12-01");
        Assert.Contains("The end date must be the same as or after the start date", backwards);
    }

    [Fact]
    public async Task Only_admins_may_read_the_trail()
    {
        var (email, _) = await factory.RegisterAsync(AccountRoles.Carer);
        var carer = await factory.SignedInAsync(email);

        Assert.Equal(HttpStatusCode.Forbidden, (await carer.GetAsync("/Admin/Audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await factory.CreateBrowserLikeClient().GetAsync("/Admin/Audit")).StatusCode);
    }

    /// <summary>The event column of each row, newest first.</summary>
    private static List<string> Events(string html) =>
        EventCell().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value.Trim())).ToList();

    [GeneratedRegex("<th scope=\"row\" class=\"govuk-table__header\">([^<]+)<")]
    private static partial Regex EventCell();

    [GeneratedRegex("/Admin/Carers/Files/[^\"]+")]
    private static partial Regex FileLink();
}

public sealed class AuditTrailOnSqlite(SqliteAppFactory factory) : AuditTrailTests<SqliteAppFactory>(factory);

public sealed class AuditTrailOnPostgreSql(PostgresAppFactory factory) : AuditTrailTests<PostgresAppFactory>(factory);
