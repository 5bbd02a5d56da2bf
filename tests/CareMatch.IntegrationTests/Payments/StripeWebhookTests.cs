using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.IntegrationTests.Providers;
using CareMatch.Payments.Persistence;
using CareMatch.Providers.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Payments;

/// <summary>
/// With Stripe keys set, a carer onboards at (the fake) Stripe and becomes bookable when Stripe's
/// account.updated arrives at /stripe/webhook: verified, applied once however often and in
/// whatever order it is delivered, and refused when forged, tampered with or stale.
/// </summary>
public abstract class StripeWebhookTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : CareMatchAppFactory, IStripeConnectedFactory
{
    [Fact]
    public async Task A_carer_onboarded_at_Stripe_becomes_bookable_when_account_updated_arrives()
    {
        var (carer, account) = await OnboardingStartedAsync();
        Assert.Contains("Stripe needs more", WebUtility.HtmlDecode(await carer.Client.GetStringAsync("/Carer/Payouts")), StringComparison.Ordinal);
        Assert.DoesNotContain("Test payments", await carer.Client.GetStringAsync("/Carer/Payouts"), StringComparison.Ordinal);

        var updated = factory.Stripe.Change(() => factory.Stripe.Accounts.FinishOnboarding(account));
        var response = await DeliverAsync(LatestEvent("account.updated"));
        await factory.DrainOutboxAsync();

        Assert.True(updated["payouts_enabled"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Ready", await carer.Client.GetStringAsync("/Carer/Payouts"), StringComparison.Ordinal);
        await AssertBookableAsync(carer);
    }

    [Fact]
    public async Task Coming_back_from_Stripe_reads_the_account_without_waiting_for_the_event()
    {
        var (carer, account) = await OnboardingStartedAsync();
        factory.Stripe.Change(() => factory.Stripe.Accounts.FinishOnboarding(account));

        var back = await carer.Client.GetAsync("/Carer/Payouts/Return");
        await factory.DrainOutboxAsync();

        Assert.StartsWith("/Carer/Payouts?", back.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("Ready", await carer.Client.GetStringAsync("/Carer/Payouts"), StringComparison.Ordinal);
        await AssertBookableAsync(carer);
    }

    [Fact]
    public async Task A_forged_tampered_stale_or_unsigned_delivery_is_refused_and_changes_nothing()
    {
        var (carer, account) = await OnboardingStartedAsync();
        factory.Stripe.Change(() => factory.Stripe.Accounts.FinishOnboarding(account));
        var real = LatestEvent("account.updated");
        var (payload, signature) = factory.Stripe.Signed(real);
        var forger = new FakeStripe.Http.WebhookSigner("whsec_someone_else");

        var refused = new[]
        {
            await PostAsync(payload, forger.Header(payload, DateTimeOffset.UtcNow)),
            await PostAsync(payload.Replace("\"payouts_enabled\":true", "\"payouts_enabled\":false", StringComparison.Ordinal), signature),
            await PostAsync(payload, factory.Stripe.Signed(real, DateTimeOffset.UtcNow.AddSeconds(-301)).Signature),
            await PostAsync(payload, null),
            await PostAsync("not json at all", signature),
        };

        Assert.All(refused, r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        Assert.Contains("Stripe needs more", WebUtility.HtmlDecode(await carer.Client.GetStringAsync("/Carer/Payouts")), StringComparison.Ordinal);
        Assert.Equal(0, await ReceivedCountAsync((string)real["id"]!));
    }

    [Fact]
    public async Task One_event_delivered_a_hundred_times_twenty_at_once_changes_state_once()
    {
        var (carer, account) = await OnboardingStartedAsync();
        factory.Stripe.Change(() => factory.Stripe.Accounts.FinishOnboarding(account));
        var updated = LatestEvent("account.updated");

        var answers = new List<HttpStatusCode>();
        for (var wave = 0; wave < 5; wave++)
        {
            var deliveries = Enumerable.Range(0, 20).Select(_ => DeliverAsync(updated));
            answers.AddRange((await Task.WhenAll(deliveries)).Select(r => r.StatusCode));
        }

        Assert.Equal(100, answers.Count(a => a == HttpStatusCode.OK));
        Assert.Equal(1, await ReceivedCountAsync((string)updated["id"]!));
        Assert.Equal(1, await PayoutChangesPublishedAsync(carer));
        await factory.DrainOutboxAsync();
        await AssertBookableAsync(carer);
    }

    [Fact]
    public async Task Whatever_order_two_account_updates_arrive_in_the_newer_one_wins()
    {
        foreach (var newerFirst in new[] { true, false })
        {
            var (carer, account) = await OnboardingStartedAsync();
            var older = factory.Stripe.Change(() =>
            {
                var stillNeedsMore = factory.Stripe.Objects.Get("account", account).DeepClone().AsObject();
                var olderEvent = factory.Stripe.Events.Emit("account.updated", stillNeedsMore, account);
                olderEvent["created"] = (long)olderEvent["created"]! - 60;
                return olderEvent;
            });
            factory.Stripe.Change(() => factory.Stripe.Accounts.FinishOnboarding(account));
            var newer = LatestEvent("account.updated");

            foreach (var delivery in newerFirst ? new[] { newer, older } : [older, newer])
            {
                Assert.Equal(HttpStatusCode.OK, (await DeliverAsync(delivery)).StatusCode);
            }

            Assert.Contains("Ready", await carer.Client.GetStringAsync("/Carer/Payouts"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task With_real_keys_there_is_no_test_onboarding()
    {
        var carer = await factory.CarerWithProfileAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await carer.Client.GetAsync("/Carer/Payouts/Test")).StatusCode);
    }

    /// <summary>A carer who pressed "Set up payouts with Stripe" and was sent to Stripe's onboarding; returns their Express account id.</summary>
    private async Task<(TestCarer Carer, string Account)> OnboardingStartedAsync()
    {
        var carer = await factory.CarerWithProfileAsync();
        await carer.SubmitAllCredentialsAsync();
        await factory.VerifyAllAsync(carer.ProfileId);
        var start = await carer.Client.SubmitAsync("/Carer/Payouts", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var toStripe = start.Headers.Location!;
        Assert.StartsWith(factory.Stripe.Url, toStripe.ToString(), StringComparison.Ordinal);
        return (carer, toStripe.Segments[^1]);
    }

    private JsonObject LatestEvent(string type) => factory.Stripe.Change(() => factory.Stripe.Events.OfType(type)[^1]);

    private Task<HttpResponseMessage> DeliverAsync(JsonObject stripeEvent)
    {
        var (payload, signature) = factory.Stripe.Signed(stripeEvent);
        return PostAsync(payload, signature);
    }

    private async Task<HttpResponseMessage> PostAsync(string payload, string? signature)
    {
        using var content = new StringContent(payload, Encoding.UTF8, "application/json");
        if (signature is not null) content.Headers.Add("Stripe-Signature", signature);
        return await factory.CreateClient().PostAsync("/stripe/webhook", content);
    }

    private Task<int> ReceivedCountAsync(string eventId) => factory.InScopeAsync(services =>
        services.GetRequiredService<PaymentsDbContext>().ReceivedStripeEvents.CountAsync(e => e.EventId == eventId));

    private Task<int> PayoutChangesPublishedAsync(TestCarer carer) => factory.InScopeAsync(services =>
        services.GetRequiredService<PaymentsDbContext>().Set<SharedKernel.Outbox.OutboxMessage>()
            .CountAsync(m => m.Type.Contains("CarerPayoutsChanged") && m.Payload.Contains(carer.ProfileId.ToString())));

    private async Task AssertBookableAsync(TestCarer carer) =>
        Assert.True(await factory.AskAsModuleAsync(new IsCarerBookable(carer.ProfileId)));
}

public sealed class StripeWebhookOnSqlite(SqliteWithStripeFactory factory) : StripeWebhookTests<SqliteWithStripeFactory>(factory);

public sealed class StripeWebhookOnPostgreSql(PostgresWithStripeFactory factory) : StripeWebhookTests<PostgresWithStripeFactory>(factory);
