using System.Net;
using CareMatch.Accounts.Contracts;
using CareMatch.IntegrationTests.Bookings;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.Payments.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Payments;

/// <summary>
/// Without Stripe keys a seeker saves a test card on the app's stand-in for Stripe's page, sees it
/// masked, replaces it and removes it, but cannot remove it while visits booked ahead need it.
/// </summary>
public abstract class SeekerCardTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : CareMatchAppFactory
{
    [Fact]
    public async Task A_seeker_saves_a_test_card_sees_it_masked_replaces_it_and_removes_it()
    {
        var (email, userId) = await factory.RegisterAsync(AccountRoles.Seeker);
        var seeker = await factory.SignedInAsync(email);
        var empty = WebUtility.HtmlDecode(await seeker.GetStringAsync("/Seeker/Card"));
        Assert.Contains("You have no card saved.", empty, StringComparison.Ordinal);
        Assert.Contains("Test payments: no real money moves.", empty, StringComparison.Ordinal);

        await seeker.SaveTestCardAsync();
        var saved = WebUtility.HtmlDecode(await seeker.GetStringAsync("/Seeker/Card"));
        Assert.Matches(@"Visa ending 4242, expires 12/20\d\d", saved);
        var first = await CardOfAsync(userId);

        await seeker.SaveTestCardAsync();
        var replaced = await CardOfAsync(userId);
        Assert.NotNull(replaced);
        Assert.NotEqual(first, replaced);

        var removed = await seeker.SubmitAsync("/Seeker/Card", new Dictionary<string, string>(), handler: "Remove");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Contains("You have no card saved.", await seeker.GetStringAsync("/Seeker/Card"), StringComparison.Ordinal);
        Assert.Null(await CardOfAsync(userId));
    }

    [Fact]
    public async Task A_card_is_not_removed_while_visits_booked_ahead_need_it()
    {
        var invited = await factory.InvitedAsync("CatheterCare", "Cara Card");
        await invited.Carer.Client.OfferActionAsync("/Carer/Offers", "Accept", invited.OfferId);
        await invited.Seeker.SaveTestCardAsync();

        var refused = await invited.Seeker.SubmitAsync("/Seeker/Card", new Dictionary<string, string>(), handler: "Remove");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("You have visits booked, and they are paid with this card", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Matches("Visa ending 4242", await invited.Seeker.GetStringAsync("/Seeker/Card"));
    }

    [Fact]
    public async Task A_setup_another_seeker_opened_never_becomes_your_card()
    {
        var (aliceEmail, _) = await factory.RegisterAsync(AccountRoles.Seeker);
        var alice = await factory.SignedInAsync(aliceEmail);
        var (bobEmail, bobId) = await factory.RegisterAsync(AccountRoles.Seeker);
        var bob = await factory.SignedInAsync(bobEmail);
        var alicesSetup = (await alice.SubmitAsync("/Seeker/Card", new Dictionary<string, string>(), handler: "Add")).Headers.Location!.PathAndQuery;
        await bob.SubmitAsync("/Seeker/Card", new Dictionary<string, string>(), handler: "Add");

        await bob.GetAsync($"/Seeker/Card/Saved?session_id={Uri.EscapeDataString(alicesSetup.Split("setup=")[1])}");

        Assert.Null(await CardOfAsync(bobId));
    }

    [Fact]
    public async Task Only_seekers_have_a_card_page()
    {
        var (email, _) = await factory.RegisterAsync(AccountRoles.Carer);
        var carer = await factory.SignedInAsync(email);

        Assert.Equal(HttpStatusCode.Forbidden, (await carer.GetAsync("/Seeker/Card")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await factory.CreateBrowserLikeClient().GetAsync("/Seeker/Card")).StatusCode);
    }

    private Task<string?> CardOfAsync(string userId) => factory.InScopeAsync(services =>
        services.GetRequiredService<PaymentsDbContext>().PaymentCustomers.Where(c => c.SeekerUserId == userId).Select(c => c.PaymentMethodId).SingleOrDefaultAsync());
}

public sealed class SeekerCardOnSqlite(SqliteAppFactory factory) : SeekerCardTests<SqliteAppFactory>(factory);

public sealed class SeekerCardOnPostgreSql(PostgresAppFactory factory) : SeekerCardTests<PostgresAppFactory>(factory);
