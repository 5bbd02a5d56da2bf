using System.Text.Json.Nodes;
using CareMatch.FakeStripe.Http;
using CareMatch.FakeStripe.State;

namespace CareMatch.FakeStripe.Resources;

/// <summary>An onboarding link leads to the fake's own hosted page, which plays Stripe's onboarding.</summary>
public sealed class AccountLinks(StripeObjects objects, Func<string> baseUrl)
{
    public void Map(RouteTable routes) =>
        routes.Add("POST", "account_links", (call, _) =>
        {
            var account = objects.Get("account", call.RequiredText("account"));
            var query = $"return_url={Uri.EscapeDataString(call.RequiredText("return_url"))}&refresh_url={Uri.EscapeDataString(call.RequiredText("refresh_url"))}";
            return new JsonObject
            {
                ["object"] = "account_link",
                ["created"] = objects.Now,
                ["expires_at"] = objects.Now + 300,
                ["url"] = $"{baseUrl()}/hosted/onboarding/{account["id"]}?{query}",
            };
        });
}
