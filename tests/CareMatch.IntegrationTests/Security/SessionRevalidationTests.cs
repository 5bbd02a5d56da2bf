using System.Net;
using CareMatch.Accounts.Contracts;
using CareMatch.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Security;

/// <summary>The app with a clock the test moves, so "within a minute" can be checked without waiting a minute.</summary>
public sealed class TimeControlledAppFactory : SqliteAppFactory, IClockedFactory
{
    public ManualTimeProvider Time { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseManualClock(Time);
    }
}

public sealed class SessionRevalidationTests(TimeControlledAppFactory factory) : IClassFixture<TimeControlledAppFactory>
{
    [Fact]
    public async Task A_suspended_persons_open_session_ends_within_a_minute()
    {
        var (email, userId) = await factory.RegisterAsync(AccountRoles.Seeker);
        var seeker = await factory.SignedInAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await seeker.GetAsync("/Seeker")).StatusCode);

        var admin = await factory.AdminAsync();
        var suspended = await admin.SubmitAsync("/Admin/Users", new Dictionary<string, string> { ["userId"] = userId }, handler: "Suspend");
        Assert.Equal(HttpStatusCode.Redirect, suspended.StatusCode);
        factory.Time.Advance(TimeSpan.FromSeconds(61));

        var after = await seeker.GetAsync("/Seeker");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/Account/SignIn", after.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Changing_the_password_ends_the_persons_other_sessions_within_a_minute()
    {
        var (email, _) = await factory.RegisterAsync(AccountRoles.Carer);
        var laptop = await factory.SignedInAsync(email);
        var phone = await factory.SignedInAsync(email);

        var changed = await phone.SubmitAsync("/Account/ChangePassword", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = People.Password,
            ["Input.NewPassword"] = "a brand new passphrase",
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        factory.Time.Advance(TimeSpan.FromSeconds(61));

        Assert.Equal(HttpStatusCode.Redirect, (await laptop.GetAsync("/Carer")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync("/Carer")).StatusCode);
    }

    [Fact]
    public async Task Signing_out_everywhere_else_ends_the_other_sessions_within_a_minute_and_keeps_this_one()
    {
        var (email, _) = await factory.RegisterAsync(AccountRoles.Seeker);
        var lostPhone = await factory.SignedInAsync(email);
        var laptop = await factory.SignedInAsync(email);

        var done = await laptop.SubmitAsync("/Account/Manage", new Dictionary<string, string>(), handler: "SignOutEverywhereElse");
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        factory.Time.Advance(TimeSpan.FromSeconds(61));

        Assert.Equal(HttpStatusCode.Redirect, (await lostPhone.GetAsync("/Seeker")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync("/Seeker")).StatusCode);
    }
}
