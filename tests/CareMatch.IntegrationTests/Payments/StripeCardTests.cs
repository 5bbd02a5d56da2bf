using System.Net;
using System.Text;
using CareMatch.Accounts.Contracts;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.Payments.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Payments;

/// <summary>
/// With Stripe keys set, the seeker saves their card on (the fake) Stripe's Checkout page in setup
/// mode; the card is kept when they come back, or when checkout.session.completed arrives first.
/// </summary>
public abstract class StripeCardTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : CareMatchAppFactory, IStripeConnectedFactory
{
    [Fact]
    public async Task A_card_saved_on_Stripes_page_is_kept_when_the_seeker_comes_back()
    {
        var (seeker, _, session) = await CardPageOpenedAsync();
        factory.Stripe.Change(() => factory.Stripe.Cards.CompleteSetup(session));

        var back = await seeker.GetAsync($"/Seeker/Card/Saved?session_id={session}");

        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        var page = WebUtility.HtmlDecode(await seeker.GetStringAsync("/Seeker/Card"));
        Assert.Contains("Visa ending 4242, expires 12/2030", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Test payments", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_seeker_who_never_comes_back_still_has_the_card_from_Stripes_event_applied_once()
    {
        var (seeker, userId, session) = await CardPageOpenedAsync();
        var completed = factory.Stripe.Change(() =>
        {
            factory.Stripe.Cards.CompleteSetup(session);
            return factory.Stripe.Events.OfType("checkout.session.completed")[^1];
        });

        for (var i = 0; i < 3; i++)
        {
            var (payload, signature) = factory.Stripe.Signed(completed);
            using var content = new StringContent(payload, Encoding.UTF8, "application/json");
            content.Headers.Add("Stripe-Signature", signature);
            Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().PostAsync("/stripe/webhook", content)).StatusCode);
        }

        Assert.Contains("Visa ending 4242", await seeker.GetStringAsync("/Seeker/Card"), StringComparison.Ordinal);
        Assert.Equal(1, await factory.InScopeAsync(services =>
            services.GetRequiredService<PaymentsDbContext>().PaymentCustomers.CountAsync(c => c.SeekerUserId == userId && c.PaymentMethodId != null)));
    }

    [Fact]
    public async Task Replacing_a_card_forgets_the_old_one_at_Stripe()
    {
        var (seeker, _, first) = await CardPageOpenedAsync();
        factory.Stripe.Change(() => factory.Stripe.Cards.CompleteSetup(first));
        await seeker.GetAsync($"/Seeker/Card/Saved?session_id={first}");
        var oldCard = factory.Stripe.Change(() => factory.Stripe.Objects.All("payment_method").Last()["id"]!.GetValue<string>());

        var second = SessionIn((await seeker.SubmitAsync("/Seeker/Card", new Dictionary<string, string>(), handler: "Add")).Headers.Location!);
        factory.Stripe.Change(() => factory.Stripe.Cards.CompleteSetup(second, last4: "1881"));
        await seeker.GetAsync($"/Seeker/Card/Saved?session_id={second}");

        Assert.Contains("ending 1881", await seeker.GetStringAsync("/Seeker/Card"), StringComparison.Ordinal);
        Assert.Null(factory.Stripe.Change(() => factory.Stripe.Objects.Find(oldCard)!["customer"]));
    }

    /// <summary>A new seeker who pressed "Add a card" and was sent to Stripe's Checkout; returns its session id.</summary>
    private async Task<(HttpClient Seeker, string UserId, string Session)> CardPageOpenedAsync()
    {
        var (email, userId) = await factory.RegisterAsync(AccountRoles.Seeker);
        var seeker = await factory.SignedInAsync(email);
        var start = await seeker.SubmitAsync("/Seeker/Card", new Dictionary<string, string>(), handler: "Add");
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        Assert.StartsWith(factory.Stripe.Url, start.Headers.Location!.ToString(), StringComparison.Ordinal);
        return (seeker, userId, SessionIn(start.Headers.Location));
    }

    private static string SessionIn(Uri checkoutPage) => checkoutPage.Segments[^1];
}

public sealed class StripeCardOnSqlite(SqliteWithStripeFactory factory) : StripeCardTests<SqliteWithStripeFactory>(factory);

public sealed class StripeCardOnPostgreSql(PostgresWithStripeFactory factory) : StripeCardTests<PostgresWithStripeFactory>(factory);
