using CareMatch.Accounts.Contracts;
using CareMatch.IntegrationTests.Infrastructure;

namespace CareMatch.IntegrationTests.Payments;

/// <summary>
/// Browsers hold a form's redirect to the page's form-action: only the pages whose forms send
/// people on to Stripe (saving a card, setting up payouts) name Stripe's origin there, and only
/// with keys set; every other page keeps form-action 'self'.
/// </summary>
public sealed class PaymentPagesPolicyTests(SqliteWithStripeFactory withKeys, SqliteAppFactory withoutKeys)
    : IClassFixture<SqliteWithStripeFactory>, IClassFixture<SqliteAppFactory>
{
    [Fact]
    public async Task With_keys_the_card_and_payouts_pages_let_their_forms_go_to_Stripe_and_no_other_page_does()
    {
        var seeker = await withKeys.SignedInAsync((await withKeys.RegisterAsync(AccountRoles.Seeker)).Email);
        var carer = await withKeys.SignedInAsync((await withKeys.RegisterAsync(AccountRoles.Carer)).Email);

        Assert.Contains($"form-action 'self' {withKeys.Stripe.Url};", await PolicyAsync(seeker, "/Seeker/Card"), StringComparison.Ordinal);
        Assert.Contains($"form-action 'self' {withKeys.Stripe.Url};", await PolicyAsync(carer, "/Carer/Payouts"), StringComparison.Ordinal);
        Assert.Contains("form-action 'self';", await PolicyAsync(seeker, "/Seeker/Payments"), StringComparison.Ordinal);
        Assert.Contains("form-action 'self';", await PolicyAsync(carer, "/Carer"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_keys_the_test_pages_are_ours_so_the_card_page_keeps_form_action_self()
    {
        var seeker = await withoutKeys.SignedInAsync((await withoutKeys.RegisterAsync(AccountRoles.Seeker)).Email);

        Assert.Contains("form-action 'self';", await PolicyAsync(seeker, "/Seeker/Card"), StringComparison.Ordinal);
    }

    private static async Task<string> PolicyAsync(HttpClient person, string path)
    {
        var response = await person.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return response.Headers.GetValues("Content-Security-Policy").Single();
    }
}
