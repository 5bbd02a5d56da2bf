using System.Net;
using CareMatch.Accounts.Contracts;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.Providers.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Accounts;

/// <summary>Email confirmation, forgotten and changed passwords, deleting an account: each as a person does it.</summary>
public abstract class AccountJourneyTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : CareMatchAppFactory
{
    [Fact]
    public async Task A_new_account_gets_an_email_whose_link_confirms_the_address()
    {
        var (email, _) = await factory.RegisterAsync(AccountRoles.Seeker);
        var client = await factory.SignedInAsync(email);
        Assert.Contains("Confirm your email address", await client.GetStringAsync("/Seeker"));

        var confirmed = await client.GetStringAsync(factory.LinkInLatestEmailTo(email));

        Assert.Contains("Email address confirmed", confirmed);
        Assert.DoesNotContain("Confirm your email address", await client.GetStringAsync("/Seeker"));
        Assert.Contains("(confirmed)", await client.GetStringAsync("/Account/Manage"));
    }

    [Fact]
    public async Task A_tampered_confirmation_link_says_so_and_confirms_nothing()
    {
        var (email, userId) = await factory.RegisterAsync(AccountRoles.Seeker);
        var client = await factory.SignedInAsync(email);

        var page = await client.GetStringAsync($"/Account/ConfirmEmail?userId={userId}&code=bm90LWEtdG9rZW4");

        Assert.Contains("This link has expired or has already been used", page);
        Assert.Contains("(not confirmed yet", await client.GetStringAsync("/Account/Manage"));
    }

    [Fact]
    public async Task A_person_whose_link_went_astray_gets_a_new_one_that_works()
    {
        var (email, _) = await factory.RegisterAsync(AccountRoles.Carer);
        var client = await factory.SignedInAsync(email);

        var resent = await client.SubmitAsync("/Account/Manage", new Dictionary<string, string>(), handler: "ResendConfirmation");

        Assert.Equal(HttpStatusCode.Redirect, resent.StatusCode);
        Assert.Equal(2, factory.EmailsTo(email).Count);
        Assert.Contains("Email address confirmed", await client.GetStringAsync(factory.LinkInLatestEmailTo(email)));
    }

    [Fact]
    public async Task The_sign_in_page_offers_a_way_back_from_a_forgotten_password()
    {
        var page = await factory.CreateBrowserLikeClient().GetStringAsync("/Account/SignIn");

        Assert.Contains("href=\"/Account/ForgotPassword\"", page);
    }

    [Fact]
    public async Task A_forgotten_password_is_reset_from_the_emailed_link()
    {
        var (email, _) = await factory.RegisterAsync(AccountRoles.Carer);
        var client = factory.CreateBrowserLikeClient();

        var asked = await client.SubmitAsync("/Account/ForgotPassword", new Dictionary<string, string> { ["Input.Email"] = email });
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.Contains("Check your email", await client.GetStringAsync(asked.Headers.Location!.OriginalString));
        var reset = await client.SubmitAsync(factory.LinkInLatestEmailTo(email), new Dictionary<string, string>
        {
            ["Input.Password"] = "my new memorable phrase",
        });

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Contains("Your password has been changed", await client.GetStringAsync(reset.Headers.Location!.OriginalString));
        await factory.CreateBrowserLikeClient().SignInAsync(email, "my new memorable phrase");
        var old = await factory.CreateBrowserLikeClient().SubmitAsync("/Account/SignIn", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = People.Password,
        });
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
    }

    [Fact]
    public async Task Asking_to_reset_an_unknown_email_looks_the_same_and_sends_nothing()
    {
        var email = AppScope.UniqueEmail("nobody");

        var asked = await factory.CreateBrowserLikeClient().SubmitAsync("/Account/ForgotPassword", new Dictionary<string, string> { ["Input.Email"] = email });

        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.Equal("/Account/ForgotPassword?sent=True", asked.Headers.Location!.OriginalString);
        Assert.Empty(factory.EmailsTo(email));
    }

    [Fact]
    public async Task A_reset_link_works_once()
    {
        var (email, _) = await factory.RegisterAsync(AccountRoles.Seeker);
        await factory.CreateBrowserLikeClient().SubmitAsync("/Account/ForgotPassword", new Dictionary<string, string> { ["Input.Email"] = email });
        var link = factory.LinkInLatestEmailTo(email);
        await factory.CreateBrowserLikeClient().SubmitAsync(link, new Dictionary<string, string> { ["Input.Password"] = "first new passphrase" });

        var again = await factory.CreateBrowserLikeClient().SubmitAsync(link, new Dictionary<string, string> { ["Input.Password"] = "second new passphrase" });

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("This link has expired or has already been used", await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Changing_the_password_needs_the_current_one()
    {
        var (email, _) = await factory.RegisterAsync(AccountRoles.Seeker);
        var client = await factory.SignedInAsync(email);

        var wrong = await client.SubmitAsync("/Account/ChangePassword", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = "not my password",
            ["Input.NewPassword"] = "a brand new passphrase",
        });
        var html = await wrong.Content.ReadAsStringAsync();
        Assert.Contains("Your current password is not right", html);
        Assert.Contains("id=\"Input_CurrentPassword-error\"", html);

        var right = await client.SubmitAsync("/Account/ChangePassword", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = People.Password,
            ["Input.NewPassword"] = "a brand new passphrase",
        });
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        await factory.CreateBrowserLikeClient().SignInAsync(email, "a brand new passphrase");
    }

    [Fact]
    public async Task Deleting_an_account_needs_the_password_then_removes_it_and_the_carer_profile()
    {
        var (email, userId) = await factory.RegisterAsync(AccountRoles.Carer);
        await factory.DrainOutboxAsync();
        var client = await factory.SignedInAsync(email);

        var refused = await client.SubmitAsync("/Account/DeleteAccount", new Dictionary<string, string> { ["Input.Password"] = "wrong" });
        Assert.Contains("Enter your password to confirm", await refused.Content.ReadAsStringAsync());

        var deleted = await client.SubmitAsync("/Account/DeleteAccount", new Dictionary<string, string> { ["Input.Password"] = People.Password });
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        await factory.DrainOutboxAsync();

        var signIn = await factory.CreateBrowserLikeClient().SubmitAsync("/Account/SignIn", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = People.Password,
        });
        Assert.Contains("Enter a correct email address and password", await signIn.Content.ReadAsStringAsync());
        var profiles = await factory.InScopeAsync(services => services.GetRequiredService<ProvidersDbContext>()
            .CarerProfiles.CountAsync(p => p.UserId == userId));
        Assert.Equal(0, profiles);
    }

    [Theory]
    [InlineData("/Account/Manage")]
    [InlineData("/Account/ChangePassword")]
    [InlineData("/Account/DeleteAccount")]
    [InlineData("/Seeker")]
    [InlineData("/Carer")]
    [InlineData("/Commissioner")]
    [InlineData("/Admin")]
    public async Task A_visitor_is_sent_to_sign_in_first(string path)
    {
        var response = await factory.CreateBrowserLikeClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/SignIn?ReturnUrl=", response.Headers.Location!.PathAndQuery);
    }
}

public sealed class AccountJourneysOnSqlite(SqliteAppFactory factory) : AccountJourneyTests<SqliteAppFactory>(factory);

public sealed class AccountJourneysOnPostgreSql(PostgresAppFactory factory) : AccountJourneyTests<PostgresAppFactory>(factory);
