using System.Net;
using CareMatch.Accounts.Contracts;
using CareMatch.Accounts.Persistence;
using CareMatch.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Security;

/// <summary>
/// The signed-in forms that ask for the password again count wrong answers like sign-in: a
/// borrowed session cannot be used to guess the password.
/// </summary>
public abstract class PasswordFormLockoutTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : CareMatchAppFactory
{
    public static TheoryData<string, string, string> Forms => new()
    {
        { "/Account/ChangePassword", "Input.CurrentPassword", "Your current password is not right" },
        { "/Account/DeleteAccount", "Input.Password", "Enter your password to confirm" },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task Five_wrong_passwords_lock_the_account_end_the_session_and_email_the_owner(string form, string field, string wrongMessage)
    {
        var (email, userId) = await factory.RegisterAsync(AccountRoles.Seeker);
        var client = await factory.SignedInAsync(email);

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var wrong = await PostAsync(client, form, field);
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            Assert.Contains(wrongMessage, await wrong.Content.ReadAsStringAsync());
        }
        var fifth = await PostAsync(client, form, field);

        Assert.Contains("your account is locked for 15 minutes and you have been signed out", await fifth.Content.ReadAsStringAsync());
        var home = await client.GetAsync("/Seeker");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Contains(factory.EmailsTo(email), mail => mail.Contains("locked it for 15 minutes", StringComparison.Ordinal));
        // Still there, still locked: the right password does not get in during the lockout.
        var account = await factory.InScopeAsync(services => services.GetRequiredService<AccountsDbContext>()
            .Users.Where(u => u.Id == userId).Select(u => new { u.LockoutEnd }).SingleAsync());
        Assert.True(account.LockoutEnd > DateTimeOffset.UtcNow);
        var signIn = await factory.CreateBrowserLikeClient().SubmitAsync("/Account/SignIn", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = People.Password,
        });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
    }

    [Fact]
    public async Task A_right_password_after_some_wrong_ones_starts_the_count_again()
    {
        var (email, userId) = await factory.RegisterAsync(AccountRoles.Seeker);
        var client = await factory.SignedInAsync(email);
        for (var attempt = 1; attempt <= 3; attempt++) await PostAsync(client, "/Account/ChangePassword", "Input.CurrentPassword");

        var changed = await client.SubmitAsync("/Account/ChangePassword", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = People.Password,
            ["Input.NewPassword"] = "a different long passphrase",
        });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var failures = await factory.InScopeAsync(services => services.GetRequiredService<AccountsDbContext>()
            .Users.Where(u => u.Id == userId).Select(u => u.AccessFailedCount).SingleAsync());
        Assert.Equal(0, failures);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string form, string field) =>
        client.SubmitAsync(form, new Dictionary<string, string>
        {
            [field] = "not my password",
            ["Input.NewPassword"] = "a brand new passphrase",
        });
}

public sealed class PasswordFormLockoutOnSqlite(SqliteAppFactory factory) : PasswordFormLockoutTests<SqliteAppFactory>(factory);

public sealed class PasswordFormLockoutOnPostgreSql(PostgresAppFactory factory) : PasswordFormLockoutTests<PostgresAppFactory>(factory);
