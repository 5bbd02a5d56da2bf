using System.Text.Json.Nodes;
using CareMatch.FakeStripe.Http;
using CareMatch.FakeStripe.State;

namespace CareMatch.FakeStripe.Resources;

/// <summary>Express connected accounts: created unable to take payouts, enabled once onboarding is finished.</summary>
public sealed class Accounts(StripeObjects objects, EventLog events)
{
    private static readonly string[] OnboardingNeeds =
        ["external_account", "individual.dob.day", "individual.address.line1", "tos_acceptance.date"];

    public void Map(RouteTable routes)
    {
        routes.Add("POST", "accounts", (call, _) => objects.Add("acct", "account", new JsonObject
        {
            ["type"] = call.Text("type") ?? "express",
            ["country"] = call.Text("country") ?? "GB",
            ["email"] = call.Text("email"),
            ["default_currency"] = "gbp",
            ["charges_enabled"] = false,
            ["payouts_enabled"] = false,
            ["details_submitted"] = false,
            ["metadata"] = call.Parameters["metadata"]?.DeepClone() ?? new JsonObject(),
            ["requirements"] = Requirements(OnboardingNeeds),
            ["settings"] = new JsonObject
            {
                ["payouts"] = new JsonObject
                {
                    ["schedule"] = new JsonObject { ["interval"] = "daily", ["delay_days"] = 3 },
                },
            },
        }));
        routes.Add("GET", "accounts/{id}", (_, id) => objects.Get("account", id!));
    }

    /// <summary>What Stripe does when the carer finishes its hosted onboarding: payouts on, nothing due.</summary>
    public JsonObject FinishOnboarding(string accountId)
    {
        var account = objects.Get("account", accountId);
        account["details_submitted"] = true;
        account["charges_enabled"] = true;
        account["payouts_enabled"] = true;
        account["requirements"] = Requirements([]);
        events.Emit("account.updated", account, accountId);
        return account;
    }

    private static JsonObject Requirements(IEnumerable<string> due) => new()
    {
        ["currently_due"] = new JsonArray(due.Select(d => (JsonNode)JsonValue.Create(d)!).ToArray()),
        ["eventually_due"] = new JsonArray(),
        ["past_due"] = new JsonArray(),
        ["disabled_reason"] = due.Any() ? "requirements.past_due" : null,
    };
}
