using System.Net;
using CareMatch.Accounts.Persistence;
using CareMatch.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Pages;

/// <summary>Bad input comes back as the page with the summary and a message at the field; nothing is saved.</summary>
public abstract class RegisterPageTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : CareMatchAppFactory
{
    public static TheoryData<string, string, string, string, string> BadSignUps => new()
    {
        { "", "a long enough password", "Carer", "Input.Email", "Enter your email address" },
        { "not-an-email", "a long enough password", "Carer", "Input.Email", "Enter an email address in the correct format" },
        { "{unique}", "", "Seeker", "Input.Password", "Enter a password" },
        { "{unique}", "short", "Seeker", "Input.Password", "Password must be at least 8 characters" },
        { "{unique}", new string('x', 129), "Seeker", "Input.Password", "Password must be 128 characters or fewer" },
        { "{unique}", "a long enough password", "", "Input.Role", "Select whether you are looking for care or offering care" },
        { "{unique}", "a long enough password", "Admin", "Input.Role", "Select whether you are looking for care or offering care" },
    };

    [Theory]
    [MemberData(nameof(BadSignUps))]
    public async Task A_bad_sign_up_shows_the_problem_at_the_field_and_saves_nothing(
        string email, string password, string role, string field, string message)
    {
        if (email == "{unique}") email = AppScope.UniqueEmail("bad");
        var usersBefore = await CountUsersAsync();

        var response = await factory.CreateBrowserLikeClient().SubmitAsync("/Account/Register", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["Input.Role"] = role,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("There is a problem", html);
        Assert.Contains($"href=\"#{field.Replace('.', '_')}\"", html);
        Assert.Contains($"id=\"{field.Replace('.', '_')}-error\"", html);
        Assert.Contains(message, html);
        Assert.Equal(usersBefore, await CountUsersAsync());
    }

    [Fact]
    public async Task Signing_up_with_a_registered_email_answers_as_for_a_new_one_and_emails_the_owner_instead()
    {
        var email = AppScope.UniqueEmail("twice");
        var fields = new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = "a long enough password",
            ["Input.Role"] = "Seeker",
        };
        var first = await factory.CreateBrowserLikeClient().SubmitAsync("/Account/Register", fields);
        var usersBefore = await CountUsersAsync();

        var second = await factory.CreateBrowserLikeClient().SubmitAsync("/Account/Register", new Dictionary<string, string>(fields)
        {
            ["Input.Email"] = email.ToUpperInvariant(),
            ["Input.Role"] = "Carer",
        });

        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(usersBefore, await CountUsersAsync());
        var emails = factory.EmailsTo(email);
        Assert.Equal(2, emails.Count);
        Assert.Contains("Confirm your email address", emails[0]);
        Assert.Contains("You already have a CareMatch account", emails[1]);
        Assert.Contains("/Account/ForgotPassword", emails[1]);
    }

    [Fact]
    public async Task A_common_password_is_refused_the_same_way_whether_or_not_the_email_is_registered()
    {
        var registered = AppScope.UniqueEmail("taken");
        await factory.CreateBrowserLikeClient().SubmitAsync("/Account/Register", new Dictionary<string, string>
        {
            ["Input.Email"] = registered,
            ["Input.Password"] = "a long enough password",
            ["Input.Role"] = "Seeker",
        });

        foreach (var email in new[] { registered, AppScope.UniqueEmail("free") })
        {
            var response = await factory.CreateBrowserLikeClient().SubmitAsync("/Account/Register", new Dictionary<string, string>
            {
                ["Input.Email"] = email,
                ["Input.Password"] = "password1",
                ["Input.Role"] = "Seeker",
            });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("This password is too common", await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task A_new_carer_signs_in_and_is_sent_to_a_home_page_about_their_profile()
    {
        var client = factory.CreateBrowserLikeClient();
        var email = AppScope.UniqueEmail("carer");
        var registered = await client.SubmitAsync("/Account/Register", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = "a long enough password",
            ["Input.Role"] = "Carer",
        });
        Assert.Equal("/Account/SignIn?registered=True", registered.Headers.Location?.OriginalString);

        await client.SignInAsync(email, "a long enough password");
        var front = await client.GetAsync("/");
        Assert.Equal("/Carer", front.Headers.Location?.OriginalString);

        Assert.Contains("Your carer profile", await client.GetStringAsync("/Carer"));
    }

    [Fact]
    public async Task A_wrong_password_is_refused_without_saying_which_part_was_wrong()
    {
        var response = await factory.CreateBrowserLikeClient().SubmitAsync("/Account/SignIn", new Dictionary<string, string>
        {
            ["Input.Email"] = CareMatchAppFactory.AdminEmail,
            ["Input.Password"] = "not the password",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Enter a correct email address and password", await response.Content.ReadAsStringAsync());
    }

    private Task<int> CountUsersAsync() =>
        factory.InScopeAsync(services => services.GetRequiredService<AccountsDbContext>().Users.CountAsync());
}

public sealed class RegisterPageOnSqlite(SqliteAppFactory factory) : RegisterPageTests<SqliteAppFactory>(factory);

public sealed class RegisterPageOnPostgreSql(PostgresAppFactory factory) : RegisterPageTests<PostgresAppFactory>(factory);
