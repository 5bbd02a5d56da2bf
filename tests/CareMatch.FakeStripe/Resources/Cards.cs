using System.Text.Json.Nodes;
using CareMatch.FakeStripe.Http;
using CareMatch.FakeStripe.State;

namespace CareMatch.FakeStripe.Resources;

/// <summary>
/// Checkout in setup mode, its SetupIntent and the saved card. The hosted page "saves" a card the
/// test chose: one that works, or one whose off-session payments are declined.
/// </summary>
public sealed class Cards(StripeObjects objects, EventLog events, Func<string> baseUrl)
{
    public void Map(RouteTable routes)
    {
        routes.Add("POST", "checkout/sessions", (call, _) =>
        {
            if (call.Text("mode") != "setup") throw StripeProblem.Invalid("The fake only plays Checkout in setup mode.", "mode");
            var customer = objects.Get("customer", call.RequiredText("customer"));
            var session = objects.Add("cs", "checkout.session", new JsonObject
            {
                ["mode"] = "setup",
                ["status"] = "open",
                ["customer"] = customer["id"]!.GetValue<string>(),
                ["success_url"] = call.RequiredText("success_url"),
                ["cancel_url"] = call.RequiredText("cancel_url"),
                ["setup_intent"] = null,
                ["metadata"] = call.Parameters["metadata"]?.DeepClone() ?? new JsonObject(),
            });
            session["url"] = $"{baseUrl()}/hosted/checkout/{session["id"]}";
            return session;
        });
        routes.Add("GET", "checkout/sessions/{id}", (_, id) => objects.Get("checkout.session", id!));
        routes.Add("GET", "setup_intents/{id}", (_, id) => objects.Get("setup_intent", id!));
        routes.Add("GET", "payment_methods/{id}", (_, id) => objects.Get("payment_method", id!));
        routes.Add("POST", "payment_methods/{id}/detach", (_, id) =>
        {
            var card = objects.Get("payment_method", id!);
            card["customer"] = null;
            return card;
        });
    }

    /// <summary>What happens when the seeker completes the hosted page: a card saved to the customer.</summary>
    public JsonObject CompleteSetup(string sessionId, bool declinesOffSession = false, string last4 = "4242")
    {
        var session = objects.Get("checkout.session", sessionId);
        var customer = (string)session["customer"]!;
        var card = objects.Add("pm", "payment_method", new JsonObject
        {
            ["type"] = "card",
            ["customer"] = customer,
            ["card"] = new JsonObject { ["brand"] = "visa", ["last4"] = last4, ["exp_month"] = 12, ["exp_year"] = 2030, ["country"] = "GB" },
            ["metadata"] = new JsonObject { ["fake_declines_off_session"] = declinesOffSession ? "true" : "false" },
        });
        var setupIntent = objects.Add("seti", "setup_intent", new JsonObject
        {
            ["status"] = "succeeded",
            ["customer"] = customer,
            ["payment_method"] = card["id"]!.GetValue<string>(),
            ["usage"] = "off_session",
        });
        session["status"] = "complete";
        session["setup_intent"] = setupIntent["id"]!.GetValue<string>();
        events.Emit("checkout.session.completed", session);
        return session;
    }
}
