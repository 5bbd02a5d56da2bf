using System.Net;
using CareMatch.Accounts.Contracts;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.IntegrationTests.Providers;
using CareMatch.Providers.Contracts;

namespace CareMatch.IntegrationTests.Payments;

/// <summary>
/// Without Stripe keys (the embedded default) a carer sets up payouts on the app's own test page,
/// which says no real money moves; until then a verified carer cannot be booked.
/// </summary>
public abstract class TestPayoutOnboardingTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : CareMatchAppFactory
{
    [Fact]
    public async Task A_verified_carer_is_bookable_only_once_their_test_payouts_are_set_up()
    {
        var carer = await factory.CarerWithProfileAsync();
        await carer.SubmitAllCredentialsAsync();
        await factory.VerifyAllAsync(carer.ProfileId);

        Assert.False(await factory.AskAsModuleAsync(new IsCarerBookable(carer.ProfileId)));
        Assert.Contains("Set up payouts so we can pay you for visits.", WebUtility.HtmlDecode(await carer.Client.GetStringAsync("/Carer")), StringComparison.Ordinal);
        var before = WebUtility.HtmlDecode(await carer.Client.GetStringAsync("/Carer/Payouts"));
        Assert.Contains("Test payments: no real money moves.", before, StringComparison.Ordinal);
        Assert.Contains("Not set up", before, StringComparison.Ordinal);

        var start = await carer.Client.SubmitAsync("/Carer/Payouts", new Dictionary<string, string>());
        Assert.Equal("/Carer/Payouts/Test", start.Headers.Location!.AbsolutePath);
        Assert.Contains("Test payments: no real money moves.", await carer.Client.GetStringAsync("/Carer/Payouts/Test"), StringComparison.Ordinal);
        var finished = await carer.Client.SubmitAsync("/Carer/Payouts/Test", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, finished.StatusCode);
        await factory.DrainOutboxAsync();

        Assert.Contains("Ready", await carer.Client.GetStringAsync("/Carer/Payouts"), StringComparison.Ordinal);
        Assert.True(await factory.AskAsModuleAsync(new IsCarerBookable(carer.ProfileId)));
        Assert.DoesNotContain("Set up payouts", await carer.Client.GetStringAsync("/Carer"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_carers_have_payout_pages()
    {
        var (email, _) = await factory.RegisterAsync(AccountRoles.Seeker);
        var seeker = await factory.SignedInAsync(email);

        foreach (var page in new[] { "/Carer/Payouts", "/Carer/Payouts/Test", "/Carer/Payouts/Return" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await seeker.GetAsync(page)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Redirect, (await factory.CreateBrowserLikeClient().GetAsync("/Carer/Payouts")).StatusCode);
    }
}

public sealed class TestPayoutOnboardingOnSqlite(SqliteAppFactory factory) : TestPayoutOnboardingTests<SqliteAppFactory>(factory);

public sealed class TestPayoutOnboardingOnPostgreSql(PostgresAppFactory factory) : TestPayoutOnboardingTests<PostgresAppFactory>(factory);
