using System.Text.Json.Nodes;
using CareMatch.FakeStripe.Http;
using CareMatch.FakeStripe.State;

namespace CareMatch.FakeStripe.Resources;

/// <summary>The list the nightly reconciliation pages through, newest first as Stripe lists them.</summary>
public sealed class BalanceTransactions(StripeObjects objects)
{
    public void Map(RouteTable routes)
    {
        routes.Add("GET", "balance_transactions", (call, _) =>
        {
            var limit = (int)(call.Number("limit") ?? 10);
            var newestFirst = objects.All("balance_transaction").Reverse().ToList();
            if (call.Text("starting_after") is { } after)
            {
                newestFirst = newestFirst.SkipWhile(t => (string?)t["id"] != after).Skip(1).ToList();
            }
            var page = newestFirst.Take(limit).ToList();
            return new JsonObject
            {
                ["object"] = "list",
                ["url"] = "/v1/balance_transactions",
                ["has_more"] = newestFirst.Count > page.Count,
                ["data"] = new JsonArray(page.Select(t => (JsonNode?)t.DeepClone()).ToArray()),
            };
        });
        routes.Add("GET", "balance_transactions/{id}", (_, id) => objects.Get("balance_transaction", id!));
    }
}
