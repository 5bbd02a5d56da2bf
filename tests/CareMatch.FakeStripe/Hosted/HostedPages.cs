using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CareMatch.FakeStripe.Hosted;

/// <summary>
/// The pages Stripe hosts (Express onboarding, Checkout in setup mode, an invoice to pay), played plainly so a browser
/// test can walk through them: one button finishes, the events it causes are delivered, and the
/// browser goes back to the return or success URL our app gave.
/// </summary>
internal sealed class HostedPages(FakeStripeServer server)
{
    public void Map(WebApplication app)
    {
        app.MapGet("/hosted/onboarding/{account}", (string account, string return_url, string refresh_url) => Page(
            "Fake Stripe: set up payouts",
            $"""
            <form method="post" action="/hosted/onboarding/{WebUtility.HtmlEncode(account)}/finish?return_url={Uri.EscapeDataString(return_url)}">
              <button type="submit">Finish onboarding</button>
            </form>
            <p><a href="{WebUtility.HtmlEncode(refresh_url)}">The link expired</a></p>
            """));
        app.MapPost("/hosted/onboarding/{account}/finish", async (string account, string return_url) =>
        {
            server.Change(() => server.Accounts.FinishOnboarding(account));
            await DeliverLatestAsync();
            return Results.Redirect(return_url);
        });
        app.MapGet("/hosted/checkout/{session}", (string session) => Page(
            "Fake Stripe: save a card",
            $"""
            <form method="post" action="/hosted/checkout/{WebUtility.HtmlEncode(session)}/complete">
              <button type="submit" name="card" value="works">Save card ending 4242</button>
              <button type="submit" name="card" value="declines">Save card ending 0341 (declines later)</button>
            </form>
            """));
        app.MapPost("/hosted/checkout/{session}/complete", async (string session, HttpRequest request) =>
        {
            var declines = (await request.ReadFormAsync())["card"] == "declines";
            var completed = server.Change(() => server.Cards.CompleteSetup(session, declines, declines ? "0341" : "4242"));
            await DeliverLatestAsync();
            return Results.Redirect(((string)completed["success_url"]!).Replace("{CHECKOUT_SESSION_ID}", session, StringComparison.Ordinal));
        });
        app.MapGet("/hosted/invoice/{invoice}", (string invoice) => server.Change(() => InvoicePage(server.Objects.Get("invoice", invoice))));
        app.MapPost("/hosted/invoice/{invoice}/pay", async (string invoice) =>
        {
            server.Change(() => server.Invoices.Pay(invoice));
            await DeliverLatestAsync();
            return Results.Redirect($"/hosted/invoice/{invoice}");
        });
    }

    private static IResult InvoicePage(System.Text.Json.Nodes.JsonObject invoice) => Page(
        $"Fake Stripe: invoice {WebUtility.HtmlEncode((string?)invoice["number"])}",
        (string?)invoice["status"] == "paid"
            ? "<p>This invoice is paid.</p>"
            : $"""
              <p>Amount due: {(long)invoice["amount_due"]!}p</p>
              <form method="post" action="/hosted/invoice/{WebUtility.HtmlEncode((string)invoice["id"]!)}/pay"><button type="submit">Pay this invoice</button></form>
              """);

    private async Task DeliverLatestAsync() => await server.DeliverAsync(server.Events.All[^1]);

    private static IResult Page(string title, string body) =>
        Results.Content($"<!doctype html><html lang=\"en\"><head><title>{title}</title></head><body><h1>{title}</h1>{body}</body></html>", "text/html");
}
